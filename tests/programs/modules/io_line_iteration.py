# Reading files line by line: `for line in f`, next(), readline(), readlines() on text and
# binary files, across the 8192-byte read chunks; newline modes; encodings and errors=;
# tell() switched off by next() until the end, flush() or seek(); closed files.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'lines.txt')


def write(data):
    with open(p, 'wb') as f:
        f.write(data)


# lines of every length around the chunk size; a '\r\n' and a lone '\r' land on the
# chunk boundaries somewhere among them
parts = []
for i in range(400):
    parts.append(b'x' * (i * 7 % 97) + b'%d' % i)
    parts.append([b'\n', b'\r\n', b'\r'][i % 3])
data = b''.join(parts) + b'tail without newline'
write(data)
for newline in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=newline) as f:
        lines = [line for line in f]
    with open(p, newline=newline) as f:
        by_readline = list(iter(f.readline, ''))
    with open(p, newline=newline) as f:
        by_readlines = f.readlines()
        newlines = f.newlines
    print(repr(newline), len(lines), lines == by_readline == by_readlines,
          sum(map(len, lines)), repr(lines[-1][-12:]), repr(lines[3]), newlines)

with open(p, 'rb') as f:
    blines = list(f)
with open(p, 'rb') as f:
    print(len(blines), blines == f.readlines(), blines[1], b''.join(blines) == data)

# a very long line (several chunks) between short ones
write(b'a\n' + b'y' * 200000 + b'\nb\n')
with open(p) as f:
    print([len(line) for line in f])
with open(p, 'rb') as f:
    print([len(line) for line in f])

# empty file, one line without a newline
write(b'')
with open(p) as f:
    print(list(f), f.readline() == '', f.readlines())
write(b'only')
with open(p) as f:
    print(list(f))
    print(list(f))

# non-ASCII UTF-8 and other encodings
text = 'caf\xe9 \u20ac\n\u65e5\u672c\u8a9e\nna\xefve\r\nlast'
write(text.encode('utf-8'))
with open(p, encoding='utf-8') as f:
    print([line for line in f])
for enc in ('latin-1', 'utf-16', 'cp1252', 'utf-8-sig'):
    try:
        write(text.encode(enc))
    except UnicodeEncodeError:
        write(text.replace('\u20ac', 'E').replace('\u65e5\u672c\u8a9e', 'ja').encode(enc))
    with open(p, encoding=enc) as f:
        print(enc, [line for line in f])
    with open(p, encoding=enc, newline='') as f:
        print(enc, f.readlines())

# undecodable bytes: the codec's error (CPython decodes a whole chunk at a time, so they
# are on the first line here), or the errors= handlers
write(b'bad \xff\xfe line\ngood\nafter\n')
with open(p) as f:
    try:
        next(f)
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
for errors in ('replace', 'ignore', 'backslashreplace'):
    with open(p, errors=errors) as f:
        print(errors, list(f))
write(b'x' * 8191 + b'\xc3\xa9\n' + b'next\n')
with open(p) as f:
    lines = list(f)
    print(len(lines), repr(lines[0][-3:]), lines[1])

# tell(): off after next() (textio.c's `telling`), back at the end, after flush(), seek()
write(''.join('line %d\n' % i for i in range(3000)).encode())


def tell(f):
    try:
        return f.tell()
    except OSError as e:
        return '%s: %s' % (type(e).__name__, e)


with open(p) as f:
    print(tell(f), repr(f.readline()), tell(f))
    print(repr(next(f)), tell(f))
    print(repr(f.readline()), tell(f))
    f.seek(0)
    print(tell(f), repr(next(f)), tell(f))
    try:
        f.seek(0, 1)
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0, 2), tell(f))
with open(p) as f:
    for i, line in enumerate(f):
        if i == 2000:
            print(tell(f))
    print(i, tell(f))
with open(p) as f:
    f.readline()
    next(f)
    f.flush()
    print('after flush', tell(f))
with open(p) as f:
    for _ in range(500):
        next(f)
    f.flush()
    # no snapshot since the open: buffer.tell(), the read-ahead included
    print('no snapshot', tell(f), repr(f.readline()), tell(f))
with open(p) as f:
    print(len(f.readlines(20)), tell(f))
    print(len(f.readlines()), tell(f))
with open(p, 'rb') as f:
    next(f)
    print('binary', f.tell(), f.readline(), f.tell())
with open(p, 'r+') as f:
    next(f)
    print(tell(f))
    f.seek(0)
    print(tell(f))

# mixing next() with read() and readline()
with open(p) as f:
    print(repr(next(f)), repr(f.read(5)), repr(f.readline()), repr(next(f)))
    print(repr(f.readline(3)), repr(next(f)))

# closed files
with open(p) as f:
    for line in f:
        f.close()
        try:
            next(f)
        except ValueError as e:
            print('ValueError', e)
        break
f = open(p, 'rb')
f.close()
for call in (lambda: next(f), f.readline, f.readlines, lambda: list(f)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
f = open(p)
f.close()
for call in (lambda: next(f), f.readline, f.readlines, lambda: list(f), f.tell):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)

# a write-only file is not an iterator of lines
with open(p, 'w') as f:
    try:
        next(f)
    except OSError as e:
        print(type(e).__name__, e)
with open(p, 'wb') as f:
    try:
        next(f)
    except OSError as e:
        print(type(e).__name__, e)

# files inside the iterator builtins
write(b'one\ntwo\nthree\n')
with open(p) as f, open(p, 'rb') as g:
    print(list(zip(f, g)))
with open(p) as f:
    print(list(enumerate(f, 1)), list(map(str.upper, open(p))))
    print(list(filter(None, open(p, 'rb'))), max(open(p)))

import shutil
shutil.rmtree(d)

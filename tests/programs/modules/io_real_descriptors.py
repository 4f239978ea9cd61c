# Files live on real descriptors and read on demand: fileno() works with os.*, a pipe is
# read as its data arrives, /dev/urandom is not read whole, 'a' mode starts at the end.
import os
import tempfile

with open('/dev/urandom', 'rb') as f:
    print(len(f.read(16)), len(f.read1(5)) <= 5, len(f.peek(1)) >= 1)

r, w = os.pipe()
wf = os.fdopen(w, 'w')
wf.write('line1\nline2\n')
wf.flush()
rf = os.fdopen(r)
print(repr(rf.readline()))
wf.write('line3\n')
wf.flush()
print(repr(rf.readline()), repr(rf.readline()))
wf.close()
print(repr(rf.read()), repr(rf.readline()))
rf.close()

r, w = os.pipe()
os.write(w, b'abc')
with os.fdopen(r, 'rb') as rb:
    print(rb.read1(10))
    os.write(w, b'defgh')
    print(rb.read(2), rb.peek(1)[:1], rb.read1(), rb.closed)
os.close(w)
print(rb.closed)

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with open(p, 'w') as f:
    f.write('hello\nworld\n')
    f.flush()
    print(os.fstat(f.fileno()).st_size, f.tell())
with open(p, 'a') as f:
    print('append tell', f.tell())
    f.write('more\n')
    print(f.tell())
with open(p) as f:
    fd = f.fileno()
    print(type(fd) is int, fd > 2, os.fstat(fd).st_size, os.isatty(fd), f.isatty())
    print(repr(f.readline()), f.tell())
    print(repr(f.read(3)), repr(f.readline(1)), repr(f.readline()))
    f.seek(0)
    print(f.readlines())
    f.seek(6)
    print(list(f))
with open(p, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(2, 1), f.read(2), f.seek(-3, 2), f.read(), f.tell())
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b, f.read1(3), f.peek(2)[:2], f.readline(), f.readline(3))
    print(f.readlines())
    print(os.lseek(f.fileno(), 0, os.SEEK_CUR) >= f.tell())
with open(p, 'r+b') as f:
    f.seek(5)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'w') as f:
    f.write('0123456789')
    print(f.truncate(4), f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)
with open(p, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError', e)
for mode in ('r', 'rb', 'w', 'wb'):
    f = open(p, mode)
    f.close()
    for op in ('read', 'readline', 'write', 'tell', 'seek', 'fileno'):
        args = {'write': ('x' if 'b' not in mode else b'x',), 'seek': (0,)}.get(op, ())
        try:
            getattr(f, op)(*args)
        except ValueError as e:
            print(mode, op, type(e).__name__, e)
with open(p, 'w') as f:
    f.write('x\r\ny\rz\n')
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read()), f.newlines)
with open(p, newline='') as f:
    print(f.readlines())
try:
    open(d)
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno)
os.remove(p)
os.rmdir(d)

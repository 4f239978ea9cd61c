# Text files in other encodings decode chunk by chunk through the codec's incremental
# decoder: /dev/urandom and pipes in latin-1, utf-16 across chunks, errors=, utf-8-sig.
import os, tempfile
with open('/dev/urandom', encoding='latin-1') as f:
    print(len(f.read(16)))
r, w = os.pipe()
wf = os.fdopen(w, 'w', encoding='latin-1')
wf.write('caf\xe9\nnext\n'); wf.flush()
rf = os.fdopen(r, encoding='latin-1')
print(repr(rf.readline()))
wf.close(); print(repr(rf.read())); rf.close()
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.txt')
with open(p, 'wb') as f:
    f.write(('é\r\n' * 5000 + 'end\rlast').encode('utf-16'))
with open(p, encoding='utf-16') as f:
    lines = f.readlines()
    print(len(lines), repr(lines[0]), repr(lines[-2:]), f.newlines)
with open(p, encoding='utf-16', newline='') as f:
    print(len(list(f)), repr(f.read()))
with open(p, 'wb') as f:
    f.write(b'ok line\nbad \xff here\n')
with open(p, encoding='utf-8', errors='replace') as f:
    print(f.readlines())
with open(p, encoding='ascii') as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(e)
with open(p, encoding='utf-8-sig') as f:
    try:
        print(repr(f.read(3)))
    except UnicodeDecodeError as e:
        print(e)
with open(p, 'wb') as f:
    f.write('\ufeffbom text\n'.encode('utf-8'))
with open(p, encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(p, encoding='latin-1') as f:
    print(repr(f.readline(3)), repr(f.read(2)), f.seek(0), repr(f.read()))
os.remove(p); os.rmdir(d)

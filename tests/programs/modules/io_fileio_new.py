# io.FileIO(file, mode, closefd) as CPython: the same object open(file, mode + "b", buffering=0)
# makes; its mode checks and messages.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
f = io.FileIO(p, 'w')
print(type(f).__name__, f.mode, f.closefd, f.write(b'hello'), f.name == p)
f.close()
f = io.FileIO(p)
print(f.mode, f.read(), f.readable(), f.writable(), repr(f.read()))
f.close()
with io.FileIO(p, 'rb+') as f:
    print(f.mode, f.read(2), f.seek(0, 2), f.write(b'!'))
with open(p, 'rb') as f:
    print(f.read())
fd = os.open(p, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
print(f.read(3), f.closefd, f.fileno() == fd)
f.close()
os.close(fd)
for bad in ['rw', 'z', 'rt', '']:
    try:
        io.FileIO(p, bad)
    except ValueError as e:
        print('VE', e)
try:
    io.FileIO()
except TypeError as e:
    print('TE', e)
try:
    io.FileIO(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print('FNF', e.errno)
os.remove(p); os.rmdir(d)

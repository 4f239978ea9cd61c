# FileIO (buffering=0, .raw): read(n) is one read of the descriptor, readall(), mode,
# closefd, reprs; open(fd, closefd=False) leaves the descriptor open.
import os, tempfile, io
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.bin')
with open(p, 'wb') as f: f.write(b'0123456789')
f = open(p, 'rb', buffering=0)
print(f.read(3), f.readall(), f.read(), f.name == p, f.mode, f.closefd)
print(repr(f).replace(p, 'P'))
f.close(); print(repr(f))
f = open(p, 'rb'); print(repr(f).replace(p, 'P'), repr(f.raw).replace(p, 'P')); f.close()
f = open(p, 'w'); print(repr(f).replace(p, 'P'), repr(f.buffer).replace(p, 'P')); f.close()
r, w = os.pipe()
os.write(w, b'ab')
f = open(r, 'rb', buffering=0); print(f.read(10)); os.close(w); print(f.read(10)); f.close()
fd = os.open(p, os.O_RDONLY)
f = open(fd, 'rb', closefd=False); print(f.read(2)); f.close(); print(os.read(fd, 2)); os.close(fd)
os.remove(p); os.rmdir(d)

# Writes are buffered as CPython's BufferedWriter (8192 bytes; flush, seek, tell, close and
# exit write them out); buffering=0 gives FileIO whose writes reach the file at once.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.txt')
f = open(p, 'w'); f.write('abc')
print(os.path.getsize(p))
f.flush(); print(os.path.getsize(p), f.tell())
f.write('d' * 9000); print(os.path.getsize(p), f.tell())
f.seek(0); f.write('X'); print(f.tell())
f.close(); print(os.path.getsize(p))
g = open(p, 'a'); g.write('tail')
h = open(p, 'wb', buffering=0); print(type(h).__name__); h.write(b'12'); print(os.path.getsize(p)); h.close()
keep = open(os.path.join(d, "y.txt"), "w"); keep.write("x"); keep.close()
print('end')
g.close(); print(open(p).read()[:4])
for n in os.listdir(d): os.remove(os.path.join(d, n))
os.rmdir(d)

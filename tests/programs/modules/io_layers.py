# The layers of open(): TextIOWrapper over Buffered* over FileIO, buffer/raw/detach,
# buffering=0, TextIOWrapper over BytesIO and over a file's buffer, the ABCs.
import io, os, sys, tempfile
print(type(sys.stdout.buffer).__name__, type(sys.stdin).__name__, sys.stdout.buffer.mode)
sys.stdout.buffer.write(b'raw bytes\n'); sys.stdout.flush()
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.txt')
f = open(p, 'w'); print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.mode, f.buffer.raw.mode)
f.buffer.write(b'abc\n'); f.write('def\n'); f.close()
print(isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer, io.TextIOBase), isinstance(f, io.BufferedIOBase))
f = open(p, 'rb', buffering=0); print(type(f).__name__, isinstance(f, io.RawIOBase), isinstance(f, io.FileIO), isinstance(f, io.BufferedIOBase), f.read()); f.close()
f = open(p, 'rb'); print(type(f).__name__, type(f.raw).__name__, isinstance(f, io.BufferedReader), issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.FileIO, io.IOBase)); f.close()
f = open(p); b = f.detach(); print(type(b).__name__, b.read()); b.close()
f = open(p); print(f.buffer.readline(), f.readline()); f.close()
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8'); w.write('hé'); w.flush(); print(w.buffer.getvalue())
f = open(p, 'rb'); t = io.TextIOWrapper(f, encoding='latin-1'); print(repr(t.read())); t.close(); print(f.closed)
f = open(p, 'w'); t = io.TextIOWrapper(f.buffer, encoding='utf-8'); t.write('zz\n'); t.flush(); t.close()
print(open(p).read())
try: open(p, 'r', buffering=0)
except ValueError as e: print(e)
for m in ('r', 'r+', 'a', 'w'):
    f = open(p, m); print(m, f.buffer.mode); f.close()
os.remove(p); os.rmdir(d)

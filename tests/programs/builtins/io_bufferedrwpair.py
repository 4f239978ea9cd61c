import io
r = io.BytesIO(b"hello\nworld\nlast")
w = io.BytesIO()
p = io.BufferedRWPair(r, w)
print(type(p).__name__, isinstance(p, io.BufferedIOBase))
print(p.readable(), p.writable(), p.seekable(), p.isatty())
print(p.peek(3)[:5])
print(p.read(3))
print(p.readline())
print(p.read1(3))
print(p.write(b"abc"), p.write(bytearray(b"de")))
p.flush()
print(w.getvalue())
print(p.read())
print(p.read())
print(p.closed)
p.close()
print(p.closed, r.closed, w.closed)
try:
    p.read()
except ValueError as e:
    print("ValueError", e)
class NotReadable(io.RawIOBase):
    def readable(self): return False
try:
    io.BufferedRWPair(NotReadable(), io.BytesIO())
except OSError as e:
    print(type(e).__name__, e)
class NotWritable(io.RawIOBase):
    def readable(self): return True
    def writable(self): return False
try:
    io.BufferedRWPair(io.BytesIO(), NotWritable())
except OSError as e:
    print(type(e).__name__, e)
with io.BufferedRWPair(io.BytesIO(b"xy"), io.BytesIO()) as q:
    print(q.read(1), q.readinto(bytearray(1)))
print(q.closed)

# A non-blocking descriptor with no data: os.read raises BlockingIOError, FileIO and
# BufferedReader read None, read1/peek/readline give b"" and text reads "" (read() a TypeError).
import os, io
r, w = os.pipe()
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('os.read', type(e).__name__, e.errno)
f = open(r, 'rb', buffering=0, closefd=False)
print(type(f).__name__)
print('FileIO.read', f.read(10), f.read(), f.readall())
b = open(r, 'rb', closefd=False)
print(type(b).__name__, 'read', b.read(10), b.read())
print('read1', b.read1(10))
try:
    print('peek', b.peek(1))
except BlockingIOError as e:
    print('peek BIO', e)
buf = bytearray(5)
print('readinto', f.readinto(buf), b.readinto(buf))
os.write(w, b'abc')
print(f.read(10), f.read(10))
os.write(w, b'defgh')
print(b.read(2), b.read(10), b.read())
os.write(w, b'xyz\n')
print(b.readline())
b0 = open(r, 'rb', buffering=0, closefd=False)
print(type(b0).__name__, b0.read(3))
t = open(r, 'r', closefd=False)
try:
    print('text read', repr(t.read()))
except Exception as e:
    print('text', type(e).__name__, e)
os.close(w)
print(f.read(10), b.read(), f.read())

r, w = os.pipe()
os.set_blocking(r, False)
for call in ['read()', 'read(5)', 'readline()', 'readlines()']:
    t = open(r, 'r', closefd=False)
    try:
        print(call, repr(eval('t.' + call)))
    except Exception as e:
        print(call, type(e).__name__, e)
os.write(w, b'ab')
t = open(r, 'r', closefd=False)
print(repr(t.read(5)))
b = open(r, 'rb', closefd=False)
print(b.readlines())
os.write(w, b'ab\ncd')
print(b.readline(), b.readline(), b.readline())
os.write(w, b'ab\ncd')
print(b.readlines())

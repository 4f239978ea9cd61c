# '+' modes on the descriptor: reads and writes at one position, writes buffered until a
# seek/read/flush, truncate, a+ appending (O_APPEND), tell counting unflushed writes.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.bin')
with open(p, 'w+b') as f:
    f.write(b'hello world\n' * 3)
    print(f.tell(), os.fstat(f.fileno()).st_size)
    f.seek(0); print(f.read(5), f.tell())
    f.write(b'XX'); print(f.tell(), f.read(4))
    f.seek(0); print(f.readline())
    print(f.truncate(20), f.tell()); f.seek(0); print(f.read())
with open(p, 'r+b') as f:
    print(f.read(3)); f.seek(0, 2); f.write(b'END'); f.seek(0); print(f.read())
with open(p, 'a+b') as f:
    print(f.tell(), f.read()); f.seek(0); print(f.read(4)); f.write(b'!'); print(f.tell())
print(open(p, 'rb').read())
with open(p, 'r+') as f:
    print(repr(f.readline())); f.seek(0, 2); f.write('é\n'); f.seek(0); print(repr(f.read()))
with open(p, 'a+') as f:
    f.write('z'); print(f.tell()); f.seek(0); print(repr(f.read()))
with open(p, 'x+' if False else 'r+') as f:
    print(f.readable(), f.writable(), f.seekable())
os.remove(p); os.rmdir(d)

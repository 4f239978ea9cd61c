# open() in r+/w+/a+ modes: seek, tell, truncate, read after write
import os
import tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "rw.txt")
with open(p, "w") as f:
    f.write("hello world\n")
    print(f.tell())
with open(p, "r+") as f:
    print(f.read(5), f.tell())
    f.seek(0)
    f.write("HELLO")
    f.seek(0, 2)
    f.write("more\n")
with open(p) as f:
    print(repr(f.read()))
    f.seek(6)
    print(f.readline(), f.tell())
with open(p, "a+") as f:
    f.write("tail\n")
    f.seek(0)
    print(f.read().splitlines())
with open(p, "w+b") as f:
    f.write(b"abcdef")
    f.seek(2)
    print(f.read(2), f.tell())
    f.truncate(3)
    f.seek(0)
    print(f.read())
os.remove(p)
os.rmdir(d)

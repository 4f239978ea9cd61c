# mmap: anonymous and file-backed maps, slicing, find, read/write/seek, close, context manager.
import mmap, os, tempfile

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = mmap.mmap(-1, 16)
print(len(m), m[:4], m.tell())
m.write(b"hello world\n")
print(m.tell(), m[0], m[0:5], m[-5:], m[::2])
m[0] = ord("H")
m[6:11] = b"WORLD"
m.seek(0)
print(m.readline(), m.read(2), m.tell(), m.read())
print(m.find(b"o"), m.find(b"o", 5), m.rfind(b"O"), m.find(b"zz"), b"WORLD" in m)
m.seek(-4, os.SEEK_END)
print(m.tell(), m.read_byte())
m.seek(2, os.SEEK_CUR)
m.write_byte(65)
m.move(0, 6, 5)
print(m[:])
t(lambda: m[16]); t(lambda: m.write(b"x" * 20)); m.seek(16); t(lambda: m.read_byte())
t(lambda: m.write_byte(1)); t(lambda: m.seek(17)); t(lambda: m.__setitem__(slice(0, 2), b"abc"))
t(lambda: m.__setitem__(0, 300)); t(lambda: m.__setitem__(0, b"a"))
t(lambda: mmap.mmap(-1, -1))
m.close()
print(m.closed)
t(lambda: m[0]); t(lambda: m.read()); t(lambda: len(m))
m.close()

with mmap.mmap(-1, 8) as a:
    a[:] = b"01234567"
    print(a[2:6]); t(a.size)
print(a.closed)

fd, path = tempfile.mkstemp()
try:
    os.write(fd, b"line one\nline two\nline three\n")
    with open(path, "r+b") as f:
        fm = mmap.mmap(f.fileno(), 0)
        print(len(fm), fm.size(), fm.readline(), fm.find(b"three"))
        fm[0:4] = b"LINE"
        fm.flush()
        with open(path, "rb") as g:
            print(g.read(9))
        f.seek(5)
        f.write(b"ONE")
        f.flush()
        print(fm[:9])
        fm.resize(40)
        print(len(fm), os.path.getsize(path))
        fm.close()
    with open(path, "rb") as f:
        ro = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        print(ro[:8])
        t(lambda: ro.write(b"a")); t(lambda: ro.__setitem__(0, 1))
        ro.close()
        cp = mmap.mmap(f.fileno(), 10, access=mmap.ACCESS_COPY)
        cp[0:4] = b"copy"
        print(cp[:10])
        cp.close()
    with open(path, "rb") as f:
        print(f.read(10))
    empty = tempfile.mkstemp()
    t(lambda: mmap.mmap(empty[0], 0)); t(lambda: mmap.mmap(empty[0], 10))
    os.close(empty[0]); os.remove(empty[1])
finally:
    os.close(fd)
    os.remove(path)
print(mmap.ACCESS_READ, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE, mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY)

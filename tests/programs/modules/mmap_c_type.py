# mmap.mmap is a C type in CPython: object.__new__ of it is not safe, its class takes no new
# attributes, its name in messages is 'mmap.mmap'; a subclass still makes instances.
import mmap

try:
    object.__new__(mmap.mmap)
except TypeError as e:
    print(e)
try:
    mmap.mmap.x = 1
except TypeError as e:
    print(e)
print(mmap.mmap.__name__, mmap.mmap.__module__, mmap.mmap.__qualname__)
try:
    mmap.mmap.close(5)
except TypeError as e:
    print(e)


class M(mmap.mmap):
    pass


m = M(-1, 8)
m.write(b"ab")
m.tag = "sub"
print(type(m).__name__, m[:2], m.tag, isinstance(m, mmap.mmap))
m.close()
m = mmap.mmap(-1, 16)
m[:5] = b"hello"
print(m[:5], len(m), m.find(b"llo"))
m.close()

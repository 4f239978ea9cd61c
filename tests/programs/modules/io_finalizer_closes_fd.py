# A file object dropped while open is closed by its finalizer: its descriptor too
# (open(fd), os.fdopen) and what it wrote is flushed.
import gc
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt")


def is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError as e:
        return f"closed ({e.errno})"


fd = os.open(path, os.O_WRONLY | os.O_CREAT)
f = open(fd, "w")
f.write("written through open(fd)\n")
print(is_open(fd))
del f
gc.collect()
print(is_open(fd))
with open(path) as g:
    print(g.read(), end="")

fd = os.open(path, os.O_RDONLY)
f = os.fdopen(fd)
print(f.read(), end="")
f = None
print(is_open(fd))

fd = os.open(path, os.O_RDONLY)
f = open(fd, closefd=False)
del f
print(is_open(fd))
os.close(fd)


def writer():
    h = open(path, "a")
    h.write("appended, never closed\n")


writer()
with open(path) as g:
    print(g.read(), end="")
print(hasattr(open(path), "__del__"))
os.remove(path)
os.rmdir(tmp)

# open() and os functions take path-like objects through os.fspath (PEP 519).
import os
import pathlib
import tempfile

d = pathlib.Path(tempfile.mkdtemp())
p = d / "data.txt"
with open(p, "w") as f:
    f.write("one\ntwo\n")
with open(p) as f:
    print([line.rstrip() for line in f])
print(open(p).name == str(p), type(open(p).name).__name__)


class Custom:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(open(Custom(str(p))).read().split())
print(os.fspath(Custom("x")), os.fspath(b"raw"), os.fspath("s"))
print(os.path.exists(Custom(str(p))))


class Bad:
    def __fspath__(self):
        return 3


for arg in (Bad(), 3.5, None, [1]):
    for fn in (open, os.fspath):
        try:
            fn(arg)
        except TypeError as e:
            print(fn.__name__, type(arg).__name__, e)
os.remove(p)
os.rmdir(d)
print(d.exists())

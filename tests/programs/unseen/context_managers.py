"""Context managers: classes, contextlib, suppress, ExitStack, files in a temp dir."""
import contextlib
import os
import tempfile


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError


with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    {}["missing"]
print("after b")
try:
    with Timer("c"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled division")
    finally:
        print(f"</{name}>")


with tag("p") as up, tag("b"):
    print("text", up)
with tag("div"):
    1 / 0
with contextlib.suppress(FileNotFoundError, KeyError):
    open("/nonexistent/file")
print("suppressed")

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print(names)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        f.write("first line\n")
        f.writelines(["second\n", "third\n"])
        print(f.closed, f.name == path, f.mode)
    print(f.closed)
    with open(path, "a", encoding="utf-8") as f:
        print("appended", file=f)
    with open(path) as f:
        for n, line in enumerate(f):
            print(n, repr(line))
    with open(path) as f:
        print(f.read(5), f.readline(), f.readlines())
    with open(path, "rb") as f:
        data = f.read()
        print(type(data).__name__, len(data), data[:10])
    print(os.path.exists(path), os.path.getsize(path), os.path.basename(path), os.path.splitext(path)[1])
    print(sorted(os.listdir(d)))
    os.remove(path)
    print(os.path.exists(path))
    try:
        open(path)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
print(os.path.exists(d))


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("closing resource", exc[0])
        return False


try:
    with Resource() as r, Resource():
        raise RuntimeError("inner")
except RuntimeError as e:
    print("outer got", e)


@contextlib.contextmanager
def bad():
    yield
    yield


try:
    with bad():
        pass
except RuntimeError as e:
    print(e)

with contextlib.nullcontext(42) as v:
    print(v)

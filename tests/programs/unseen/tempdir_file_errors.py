# File handling in a temporary directory: mkstemp descriptors, OSError subclasses by errno,
# io.UnsupportedOperation for the wrong direction, pickling errors.
import errno
import io
import os
import pickle
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="probe") as d:
    fd, path = tempfile.mkstemp(suffix=".dat", prefix="raw_", dir=d)
    print(type(fd).__name__, os.path.basename(path).startswith("raw_"), path.endswith(".dat"))
    print(os.write(fd, b"hello "), os.write(fd, b"world"))
    os.close(fd)
    with open(path, "rb") as f:
        print(f.read())
    try:
        os.close(fd)
    except OSError as e:
        print("close twice:", type(e).__name__, e.errno == errno.EBADF, e.strerror)

    fd = os.open(os.path.join(d, "made.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, "línea\n".encode())
    os.close(fd)
    print(open(os.path.join(d, "made.txt"), encoding="utf-8").read(), end="")
    try:
        os.open(os.path.join(d, "made.txt"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.open(os.path.join(d, "absent"), os.O_RDONLY)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)

    os.makedirs(os.path.join(d, "full", "inner"))
    for target in ("full", "made.txt"):
        try:
            os.rmdir(os.path.join(d, target))
        except OSError as e:
            print(f"rmdir {target}:", type(e).__name__, errno.errorcode[e.errno], e.strerror)
    try:
        os.listdir(os.path.join(d, "made.txt"))
    except NotADirectoryError as e:
        print("NotADirectoryError:", e.strerror)
    try:
        os.remove(os.path.join(d, "full"))
    except OSError as e:
        print("remove dir:", type(e).__name__, e.strerror)
    shutil.rmtree(os.path.join(d, "full"))

    p = os.path.join(d, "notes.txt")
    with open(p, "w") as f:
        f.write("first\n")
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
    with open(p) as f:
        try:
            f.write("more")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
        print(f.read(), end="")
    with open(p, "rb") as f:
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
    with open(p, "ab") as f:
        try:
            f.read()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
    print(sorted(n for n in os.listdir(d) if n != os.path.basename(path)))
print(os.path.exists(d))


class Point:
    def __init__(self, x):
        self.x = x


def factory():
    class Local:
        pass
    return Local


for obj in (Point(1), factory(), factory()()):
    try:
        data = pickle.dumps(obj)
        print("pickled", type(pickle.loads(data)).__name__)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
Point.__qualname__ = "Moved"
try:
    pickle.dumps(Point)
except pickle.PicklingError as e:
    print("PicklingError:", e)

# os descriptors and file modes: os.open/read/write/lseek/close on descriptors > 2,
# os.fdopen and open(fd, closefd=...), chmod/fchmod/umask and the stat mode bits, utime,
# link, truncate, statvfs/shutil.disk_usage, open(newline=...) on reading and writing.
import io
import os
import shutil
import stat
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")

fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
print(fd > 2, os.write(fd, b"hello\nworld\n"), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 3), os.fstat(fd).st_size)
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size, os.lseek(fd, 0, 0), os.read(fd, 99))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.errno)

with open(p, "w") as f:
    f.write("line one\nline two\n")
fd = os.open(p, os.O_RDONLY)
f = os.fdopen(fd)
print(f.name == fd, f.mode, f.fileno() == fd, f.readline(), f.read())
f.close()
try:
    os.fstat(fd)
except OSError as e:
    print("closed with the file:", type(e).__name__)
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", closefd=False) as f:
    print(f.read(4))
print(os.lseek(fd, 0, os.SEEK_CUR) > 0, len(os.read(fd, 100)))
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_TRUNC)
with os.fdopen(fd, "w") as f:
    print(f.write("written through fdopen\n"))
print(open(p).read(), end="")
try:
    os.fdopen("x")
except TypeError as e:
    print("TypeError", e)
try:
    open(p, closefd=False)
except ValueError as e:
    print("ValueError", e)

# permission bits
old = os.umask(0o022)
os.umask(old)
print(type(old).__name__)
os.chmod(p, 0o600)
m = os.stat(p).st_mode
print(oct(m), oct(stat.S_IMODE(m)), stat.filemode(m), stat.S_ISREG(m))
os.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_IRGRP)
print(stat.filemode(os.stat(p).st_mode), os.access(p, os.X_OK))
fd = os.open(p, os.O_RDONLY)
os.fchmod(fd, 0o640)
os.close(fd)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(d, 0o755)
print(stat.filemode(os.stat(d).st_mode))
try:
    os.chmod(os.path.join(d, "missing"), 0o600)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))

# times
os.utime(p, (1_000_000_000, 1_500_000_000.25))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st.st_atime_ns)
os.utime(p, ns=(2_000_000_000_123_456_789, 3_000_000_000_000_000_001))
st = os.stat(p)
print(st.st_atime_ns, st.st_mtime_ns)
for bad in [dict(times=5), dict(times=(1, 2), ns=(1, 2)), dict(ns=1)]:
    try:
        os.utime(p, **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.utime(p)
print(os.stat(p).st_mtime > 1_600_000_000, len(os.stat(p)), os.stat(p).st_blksize > 0)

# links and truncate
q = os.path.join(d, "hard")
os.link(p, q)
print(os.stat(p).st_nlink, os.path.samefile(p, q))
os.truncate(q, 3)
print(os.path.getsize(p), open(p).read())
try:
    os.link(p, q)
except FileExistsError as e:
    print("FileExistsError", e.errno)

# disk usage
u = shutil.disk_usage(d)
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0, u.total == u[0])
v = os.statvfs(d)
print(v.f_frsize > 0, v.f_blocks * v.f_frsize == u.total, len(v))

# open(newline=...): what write() stores and how lines are split on reading
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        print(repr(nl), f.write("a\nb\r\nc\rd"), end=" ")
    with open(p, "rb") as f:
        print(f.read(), end=" ")
    with open(p, newline=nl) as f:
        print(f.readlines(), end=" ")
    with open(p, newline=nl) as f:
        print(repr(f.read()), f.newlines, list(open(p, newline=nl)))
with open(p, "w", newline="") as f:
    f.write("only\r\nwindows\r\n")
with open(p) as f:
    print(f.newlines, f.readline(), f.newlines)
for bad in ["x", 5]:
    try:
        open(p, newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    open(p, "rb", newline="")
except ValueError as e:
    print("ValueError", e)
print(io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), newline=None).read().split("\n"))

# decoding and encoding error handlers on files
with open(p, "wb") as f:
    f.write(b"x\xffy\xc3\xa9z")
for errors in ["replace", "ignore", "backslashreplace"]:
    with open(p, errors=errors) as f:
        print(errors, repr(f.read()))
    with open(p, encoding="ascii", errors=errors) as f:
        print("ascii", errors, repr(f.read()))
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    with open(p, "w", encoding="ascii", errors=errors) as f:
        f.write("caf\xe9 \u20ac")
    print(errors, open(p, "rb").read())
shutil.rmtree(d)
print(os.path.exists(d))

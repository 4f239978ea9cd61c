# fcntl (fcntl/flock/lockf/ioctl basics) and resource (limits, usage, page size).
import fcntl, os, resource, tempfile


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


fd, path = tempfile.mkstemp()
os.write(fd, b"0123456789")
flags = fcntl.fcntl(fd, fcntl.F_GETFL)
print(flags & os.O_ACCMODE == os.O_RDWR, bool(flags & os.O_NONBLOCK))
fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK))
fcntl.fcntl(fd, fcntl.F_SETFL, flags)
print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(fd, fcntl.F_SETFD, 0)
print(fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
dup = fcntl.fcntl(fd, fcntl.F_DUPFD, 100)
print(dup >= 100, fcntl.fcntl(dup, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
os.lseek(dup, 0, os.SEEK_SET)
print(os.read(dup, 4))
os.close(dup)
dup = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 0)
print(fcntl.fcntl(dup, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
os.close(dup)

with open(path, "rb") as f:
    print(fcntl.flock(f, fcntl.LOCK_SH), fcntl.flock(f.fileno(), fcntl.LOCK_UN))
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(f, fcntl.LOCK_UN)
with open(path, "r+b") as f:
    print(fcntl.lockf(f, fcntl.LOCK_EX), fcntl.lockf(f, fcntl.LOCK_UN))

r, w = os.pipe()
os.write(w, b"abc")
t(lambda: fcntl.ioctl(r, 0x541B, 0))  # FIONREAD with an int: EFAULT
print(fcntl.ioctl(r, 0x541B, b"\0\0\0\0"))
os.close(r)
os.close(w)

t(lambda: fcntl.fcntl(9999, fcntl.F_GETFD))
t(lambda: fcntl.flock(9999, fcntl.LOCK_EX))
t(lambda: fcntl.fcntl("x", 1))
t(lambda: fcntl.fcntl(-1, 1))
os.close(fd)
os.remove(path)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.FD_CLOEXEC)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
if hard != resource.RLIM_INFINITY:
    t(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard)))
else:
    print("ValueError current limit exceeds maximum limit")
t(lambda: resource.getrlimit(99))
t(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3)))
t(lambda: resource.getrusage(5))
core = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
resource.setrlimit(resource.RLIMIT_CORE, core)
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), type(u.ru_utime).__name__, u.ru_maxrss > 0, u[2] == u.ru_maxrss)
print(u.ru_minflt >= 0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap)
print(resource.getpagesize(), resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
print(resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_AS, resource.RLIMIT_STACK)

# os.uname/getloadavg/times/isatty/get_blocking/getpgid/getpgrp/getsid/getgroups/kill (signal 0,
# bad pid, bad signal)/sched_yield/sched_getaffinity/sync/pread/pwrite/fdatasync/makedev/major/minor.
import os, signal, tempfile
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u.machine == os.uname()[4], sorted(u._fields) if hasattr(u, "_fields") else None)
la = os.getloadavg(); print(len(la), all(isinstance(x, float) for x in la))
t = os.times(); print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0)
print(os.isatty(99999) if False else os.isatty(0) in (True, False))
r, w = os.pipe()
print(os.get_blocking(r), os.isatty(r))
os.set_blocking(r, False); print(os.get_blocking(r))
os.close(r); os.close(w)
print(os.getpgid(0) == os.getpgrp(), os.getsid(0) >= 0, os.getsid(os.getpid()) == os.getsid(0), isinstance(os.getgroups(), list))
os.kill(os.getpid(), 0)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno)
try:
    os.kill(os.getpid(), 99999)
except OSError as e:
    print("OSError", e.errno)
print(os.sched_yield(), len(os.sched_getaffinity(0)) == os.cpu_count(), os.sync())
d = tempfile.mkdtemp(); p = os.path.join(d, "f")
fd = os.open(p, os.O_RDWR | os.O_CREAT)
print(os.pwrite(fd, b"hello world", 0), os.pread(fd, 5, 6), os.lseek(fd, 0, os.SEEK_CUR), os.fdatasync(fd))
os.close(fd)
dev = os.makedev(8, 17); print(dev, os.major(dev), os.minor(dev), os.major(os.makedev(300, 70000)), os.minor(os.makedev(300, 70000)))
os.closerange(3, 3)
import shutil; shutil.rmtree(d)
# group/session ids of a pid that does not exist, a negative one, and one past C int
for f in (os.getsid, os.getpgid):
    for p in (2**22 + 12345, -5, 2**40):
        try:
            f(p)
        except (OSError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

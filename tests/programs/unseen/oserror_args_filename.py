# OSError's args hold (errno, strerror) once a filename is given; str() still shows the
# filename; the subclass is chosen from errno; BlockingIOError's third argument is a count.
import errno
import os
import pickle

for exc in [
    OSError(errno.ENOENT, os.strerror(errno.ENOENT), "data.csv"),
    OSError(errno.EACCES, "Permission denied", "/etc/shadow", None, "/tmp/x"),
    OSError(errno.EEXIST, "File exists", None),
    FileNotFoundError(2, "missing", "a.txt"),
    PermissionError(13, "denied"),
    OSError("just a message"),
    BlockingIOError(11, "would block", 3),
]:
    print(type(exc).__name__, exc.args, repr(exc))
    print("   str:", exc, "| errno:", exc.errno, "| filename:", exc.filename, "| filename2:", exc.filename2)

try:
    open("/no/such/dir/file.txt")
except OSError as e:
    print(type(e).__name__, e.args, repr(e), e.filename)
    back = pickle.loads(pickle.dumps(e))
    print(type(back).__name__, back.args, back.filename, str(back))

try:
    os.rmdir("/no/such/dir")
except FileNotFoundError as e:
    print(repr(e), "|", e)

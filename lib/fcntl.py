"""File control and locking (pydive).

fcntl() implements F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD/F_SETFD and F_GETFL/F_SETFL; flock()
every operation; lockf() whole-file locks (len=0, start=0) as open-file-description locks;
ioctl() FIONREAD and FIONBIO.  Other commands, byte-string arguments to fcntl() and lockf()
ranges raise NotImplementedError naming them.
"""

import _fcntl

DN_ACCESS = 1
DN_MODIFY = 2
DN_CREATE = 4
DN_DELETE = 8
DN_RENAME = 16
DN_ATTRIB = 32
DN_MULTISHOT = 2147483648
FASYNC = 8192
FD_CLOEXEC = 1
FICLONE = 1074041865
FICLONERANGE = 1075876877
F_DUPFD = 0
F_GETFD = 1
F_SETFD = 2
F_GETFL = 3
F_SETFL = 4
F_GETLK = F_GETLK64 = 5
F_SETLK = F_SETLK64 = 6
F_SETLKW = F_SETLKW64 = 7
F_SETOWN = 8
F_GETOWN = 9
F_SETSIG = 10
F_GETSIG = 11
F_EXLCK = 4
F_SHLCK = 8
F_RDLCK = 0
F_WRLCK = 1
F_UNLCK = 2
F_OFD_GETLK = 36
F_OFD_SETLK = 37
F_OFD_SETLKW = 38
F_SETLEASE = 1024
F_GETLEASE = 1025
F_NOTIFY = 1026
F_DUPFD_CLOEXEC = 1030
F_SETPIPE_SZ = 1031
F_GETPIPE_SZ = 1032
F_ADD_SEALS = 1033
F_GET_SEALS = 1034
F_SEAL_SEAL = 1
F_SEAL_SHRINK = 2
F_SEAL_GROW = 4
F_SEAL_WRITE = 8
LOCK_SH = 1
LOCK_EX = 2
LOCK_NB = 4
LOCK_UN = 8
LOCK_MAND = 32
LOCK_READ = 64
LOCK_WRITE = 128
LOCK_RW = 192

_FIONREAD = 0x541B
_FIONBIO = 0x5421


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    elif hasattr(obj, "fileno"):
        fd = obj.fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    else:
        raise TypeError("argument must be an int, or have a fileno() method.")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def fcntl(fd, cmd, arg=0, /):
    """Perform operation `cmd` on file descriptor `fd`."""
    fd = _fd(fd)
    if isinstance(arg, (bytes, bytearray, str)):
        raise NotImplementedError(f"pydive: fcntl command {cmd} with a buffer argument")
    result = _fcntl.fcntl(fd, cmd, int(arg))
    if result is None:
        raise NotImplementedError(f"pydive: fcntl command {cmd}")
    return result


def flock(fd, operation, /):
    """Apply (or, with LOCK_UN, remove) an advisory lock on the open file `fd`."""
    _fcntl.flock(_fd(fd), operation)


def lockf(fd, cmd, len=0, start=0, whence=0, /):
    """A POSIX record lock; pydive locks whole files only (len=0, start=0, whence=0)."""
    fd = _fd(fd)
    if (len, start, whence) != (0, 0, 0):
        raise NotImplementedError("pydive: fcntl.lockf on a byte range")
    _fcntl.lock_whole(fd, cmd)


def ioctl(fd, request, arg=0, mutate_flag=True, /):
    """FIONREAD (bytes waiting) and FIONBIO (non-blocking mode) only."""
    fd = _fd(fd)
    if request == _FIONREAD:
        if isinstance(arg, int):
            # the kernel would write through the int taken as a pointer
            raise OSError(14, "Bad address")
        n = _fcntl.fionread(fd)
        raw = n.to_bytes(4, "little", signed=True)
        if isinstance(arg, bytes):
            return raw + bytes(arg[4:])
        view = memoryview(arg).cast("B")
        if mutate_flag:
            view[:4] = raw
            return 0
        return raw + bytes(view[4:])
    if request == _FIONBIO:
        if isinstance(arg, int):
            on = arg
        else:
            on = int.from_bytes(bytes(memoryview(arg).cast("B")[:4]), "little")
        _fcntl.fionbio(fd, on)
        return 0 if isinstance(arg, int) else bytes(arg)
    raise NotImplementedError(f"pydive: fcntl.ioctl request {request:#x}")

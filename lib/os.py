"""OS routines (pydive's os): the native `posix` primitives plus what CPython's Lib/os.py
builds on them (walk, makedirs, scandir, environ, fspath, PathLike, ...)."""

import sys
import abc
import stat as _stat

import posix
from posix import (stat, lstat, getcwd, listdir, getpid, remove, unlink, mkdir, rmdir,
                   rename, replace, chdir, readlink, symlink, access, cpu_count, strerror,
                   urandom, fstat, set_blocking, fchmod, truncate, ftruncate, lseek,
                   fsync, statvfs, lchown, fchown, uname, getloadavg, times, isatty,
                   get_blocking, getpgid, getpgrp, getsid, getgroups, killpg, sched_yield,
                   sched_getaffinity, sync, fdatasync, pread, pwrite, closerange)
from posix import stat_result, statvfs_result, uname_result, times_result
from posix import (register_at_fork, waitpid, wait, waitstatus_to_exitcode, WIFEXITED,
                   WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WIFCONTINUED,
                   WCOREDUMP, WNOHANG, WUNTRACED, WCONTINUED, _exit)
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_ACCMODE = 3
O_NOCTTY = 0o400
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC = 0o10000
O_SYNC = O_RSYNC = O_FSYNC = 0o4010000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000

error = OSError
supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()


def major(device, /):
    """The major number of a device number (glibc's encoding)."""
    return ((device >> 8) & 0xFFF) | ((device >> 32) & ~0xFFF)


def minor(device, /):
    """The minor number of a device number."""
    return (device & 0xFF) | ((device >> 12) & ~0xFF)


def makedev(major, minor, /):
    """A device number from its major and minor numbers."""
    return ((major & 0xFFF) << 8) | ((major & ~0xFFF) << 32) | (minor & 0xFF) | \
        ((minor & ~0xFF) << 12)


def getcwdb():
    return getcwd().encode()


class _Environ(dict):
    """os.environ: a dict of str whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("str expected, not " + type(value if isinstance(key, str) else key).__name__)
        posix.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        posix.unsetenv(key)

    def pop(self, key, *default):
        had = key in self
        value = dict.pop(self, key, *default)
        if had:
            posix.unsetenv(key)
        return value

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ({})".format(dict.__repr__(self))


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def fspath(p):
    """The str or bytes path of a path-like object."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        type(p).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class PathLike(abc.ABC):
    """Abstract base class for objects with an __fspath__ method."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and every missing parent."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): name, path and cached stat queries."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def is_junction(self):
        return False


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in listdir(top)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path_=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(curdir if path_ is None else fspath(path_))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, walk_dirs = [], [], []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_dirs.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80))
    lines = int(environ.get("LINES", 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    """A struct sequence (columns, lines), as CPython's os.terminal_size."""

    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ("columns", "lines")

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(items)}-sequence given)")
        return super().__new__(cls, items)

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """An open file object over descriptor `fd` (io.open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _not_supported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"pydive: os.{name}")
    f.__name__ = name
    return f


for _name in ("system", "popen", "fork", "execv", "execve", "kill", "pipe", "dup", "dup2",
              "open", "read", "write", "close", "chmod", "chown", "utime", "link",
              "getppid", "getuid", "geteuid", "getgid", "getegid", "umask"):
    if not hasattr(posix, _name):
        globals()[_name] = _not_supported(_name)
    else:
        globals()[_name] = getattr(posix, _name)
del _name

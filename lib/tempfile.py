"""Temporary files and directories (pydive's tempfile: gettempdir, mkdtemp, mkstemp,
NamedTemporaryFile, TemporaryFile, TemporaryDirectory, SpooledTemporaryFile)."""

import os as _os
import shutil as _shutil
import io as _io

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _names():
    """Random 8-character names (a private generator: the random module's state is the
    program's own)."""
    global _rng
    if _rng is None:
        import random
        _rng = random.Random()
    while True:
        yield "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def gettempdir():
    """The default directory for temporary files."""
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdir_list():
            if _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            raise FileNotFoundError("No usable temporary directory found")
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; (descriptor, absolute
    path). The caller closes the descriptor and removes the file."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            fd = _os.open(file, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError("No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory; its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A file name that did not exist when asked (unsafe: use the others)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError("No usable temporary filename found")


def _create_file(mode, prefix, suffix, dir, encoding):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if _os.path.exists(path):
            continue
        xmode = mode.replace("w", "").replace("+", "")
        kwargs = {} if "b" in mode else {"encoding": encoding}
        open(path, "x" + xmode, **kwargs).close()
        f = open(path, mode.replace("w+", "r+").replace("w", "r+") if "+" in mode else mode,
                 **kwargs)
        return f, _os.path.abspath(path)
    raise FileExistsError("No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object with a .name that removes the file on close (if delete)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close(exiting=True)

    def __iter__(self):
        return iter(self.file)

    def close(self, exiting=False):
        if self._closed:
            return
        self.file.close()
        if self.delete and (self._delete_on_close or exiting):
            self._closed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __del__(self):
        try:
            self.close(exiting=True)
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """A temporary file with a visible name, removed when closed (if delete)."""
    f, name = _create_file(mode, prefix, suffix, dir, encoding)
    return _TemporaryFileWrapper(f, name, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file (pydive: named, removed when closed)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir)


class SpooledTemporaryFile(_io.IOBase):
    """An in-memory temporary file (pydive never rolls it over to disk)."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if "b" in mode else _io.StringIO(newline="\n")
        self._rolled = False

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        self._rolled = True

    @property
    def closed(self):
        return self._file.closed

    def close(self):
        self._file.close()


class TemporaryDirectory:
    """A temporary directory removed (with its contents) by cleanup() or the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True

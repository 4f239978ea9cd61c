"""Generic interface to dbm databases (pydive's dbm: dbm.dumb is the only implementation,
as on a CPython built without gdbm/ndbm).

open(file, flag='r', mode=0o666) picks the implementation that made an existing database
(whichdb) or the default one for a new database.
"""

import io
import os
import struct
import sys

__all__ = ["open", "whichdb", "error"]


class error(Exception):
    pass


_names = ["dbm.gnu", "dbm.ndbm", "dbm.dumb"]
_defaultmod = None
_modules = {}

error = (error, OSError)
ndbm = None


def _implementations():
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                module = __import__(name, fromlist=["open"])
            except ImportError:
                continue
            _defaultmod = _defaultmod or module
            _modules[name] = module
        if not _defaultmod:
            raise ImportError("no dbm clone found; tried %s" % _names)
    return _defaultmod


def open(file, flag="r", mode=0o666):
    """Open or create the database at `file` ('r' read, 'w' read-write, 'c' create if
    needed, 'n' always new)."""
    default = _implementations()
    kind = None if "n" in flag else whichdb(file)
    if kind is None:
        if "c" not in flag and "n" not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        module = default
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is %s, but the module is not available" % kind)
    else:
        module = _modules[kind]
    return module.open(file, flag, mode)


def _readable(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def whichdb(filename):
    """The dbm submodule that made database `filename` ('dbm.dumb', 'dbm.gnu',
    'dbm.ndbm'), '' if the file is not recognized, None if it cannot be read."""
    base = os.fsencode(filename)
    if _readable(base + b".pag") and _readable(base + b".dir"):
        return "dbm.ndbm"
    try:
        os.stat(base + b".dat")
        if os.stat(base + b".dir").st_size == 0:
            return "dbm.dumb"
        with io.open(base + b".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(base, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ACE, 0x13579ACD, 0x13579ACF):
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)

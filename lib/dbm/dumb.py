"""A simple, slow dbm in pure Python (pydive's dbm.dumb, the same files as CPython's).

Database NAME is NAME.dat (the values, each starting on a 512-byte boundary), NAME.dir (one
"'key', (offset, size)" line per key) and NAME.bak (the previous index, kept on commit).
"""

import ast
import io
import os
from collections.abc import MutableMapping

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _as_key(key):
    return key.encode("utf-8") if isinstance(key, str) else key


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return value
    raise TypeError("%s must be bytes or strings" % what)


def _entry(key, where):
    return "%r, %r\n" % (key.decode("Latin-1"), where)


class _Database(MutableMapping):
    _os = os
    _io = io

    def __init__(self, filebasename, mode, flag="c"):
        base = os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == "r"
        self._dirfile = base + b".dir"
        self._datfile = base + b".dat"
        self._bakfile = base + b".bak"
        self._index = None
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        if flag == "n":
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    os.remove(name)
                except OSError:
                    pass
        try:
            io.open(self._datfile, "r", encoding="Latin-1").close()
        except OSError:
            if flag not in ("c", "n"):
                raise
            io.open(self._datfile, "w", encoding="Latin-1").close()
            self._chmod(self._datfile)

    def _update(self, flag):
        # the index: key -> (offset, size) in the .dat file
        self._modified = False
        self._index = {}
        try:
            f = io.open(self._dirfile, "r", encoding="Latin-1")
        except OSError:
            if flag not in ("c", "n"):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                key, where = ast.literal_eval(line.rstrip())
                self._index[key.encode("Latin-1")] = where

    def _commit(self):
        """Write the index anew (the old one becomes the .bak file)."""
        if not self._modified or self._index is None:
            return
        for step in (lambda: self._os.unlink(self._bakfile),
                     lambda: self._os.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass
        text = "".join(_entry(k, w) for k, w in self._index.items())
        with self._io.open(self._dirfile, "w", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            f.write(text)

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def _closed_guard(self, action):
        try:
            return action()
        except TypeError:
            raise error("DBM object has already been closed") from None

    def __getitem__(self, key):
        key = _as_key(key)
        self._verify_open()
        offset, size = self._index[key]
        with io.open(self._datfile, "rb") as f:
            f.seek(offset)
            return f.read(size)

    def _addval(self, val):
        # appended at the next block boundary of the .dat file
        with io.open(self._datfile, "rb+") as f:
            f.seek(0, 2)
            end = int(f.tell())
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b"\0" * (start - end))
            f.write(val)
        return (start, len(val))

    def _setval(self, offset, val):
        with io.open(self._datfile, "rb+") as f:
            f.seek(offset)
            f.write(val)
        return (offset, len(val))

    def _addkey(self, key, where):
        self._index[key] = where
        with io.open(self._dirfile, "a", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            f.write(_entry(key, where))

    def __setitem__(self, key, val):
        if self._readonly:
            raise error("The database is opened for reading only")
        key = _as_bytes(key, "keys")
        val = _as_bytes(val, "values")
        self._verify_open()
        self._modified = True
        where = self._index.get(key)
        if where is None:
            self._addkey(key, self._addval(val))
            return
        blocks = lambda n: -(-n // _BLOCKSIZE)
        if blocks(len(val)) <= blocks(where[1]):
            self._index[key] = self._setval(where[0], val)  # fits in place
        else:
            self._index[key] = self._addval(val)

    def __delitem__(self, key):
        if self._readonly:
            raise error("The database is opened for reading only")
        key = _as_key(key)
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        return self._closed_guard(lambda: list(self._index))

    def items(self):
        self._verify_open()
        return [(k, self[k]) for k in list(self._index)]

    def __contains__(self, key):
        key = _as_key(key)
        if self._index is None:
            raise error("DBM object has already been closed")
        return key in self._index

    def iterkeys(self):
        return self._closed_guard(lambda: iter(self._index))

    __iter__ = iterkeys

    def __len__(self):
        return self._closed_guard(lambda: len(self._index))

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        self._os.chmod(file, self._mode)  # the mode asked for, less the umask

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def open(file, flag="c", mode=0o666):
    """Open (creating it for 'c'/'n') the dumb database `file`; `mode` (less the umask)
    for new files."""
    mask = os.umask(0)
    os.umask(mask)
    mode &= ~mask
    if flag not in ("r", "w", "c", "n"):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)

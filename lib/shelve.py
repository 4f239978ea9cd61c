"""Persistent dictionaries of picklable values (pydive's shelve).

A Shelf maps str keys to any picklable value over a dbm-like mapping of bytes; open()
uses the dbm module. writeback=True caches the values read, written back on sync/close.
"""

from io import BytesIO
from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    '''What a closed shelf holds: every access raises ValueError.'''

    def closed(self, *args):
        raise ValueError("invalid operation on closed shelf")

    __iter__ = __len__ = keys = closed
    __getitem__ = __setitem__ = __delitem__ = closed

    def __repr__(self):
        return "<Closed Dictionary>"


def _pickled(value, protocol):
    out = BytesIO()
    Pickler(out, protocol).dump(value)
    return out.getvalue()


def _unpickled(data):
    return Unpickler(BytesIO(data)).load()


class Shelf(collections.abc.MutableMapping):
    """A dictionary of pickled values over the mapping `dict` (bytes keys and values)."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict, self.cache = dict, {}
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback, self.keyencoding = writeback, keyencoding

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def _raw(self, key):
        return key.encode(self.keyencoding)

    def __contains__(self, key):
        return self._raw(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._raw(key) in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _unpickled(self.dict[self._raw(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._raw(key)] = _pickled(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._raw(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            closer = getattr(self.dict, "close", None)
            if closer is not None:
                closer()
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        if hasattr(self, "writeback"):
            self.close()

    def sync(self):
        """Write the cached values back (writeback=True) and sync the database."""
        if self.cache and self.writeback:
            pending, self.cache = self.cache, {}
            self.writeback = False  # storing them must not cache them again
            try:
                for key, value in pending.items():
                    self[key] = value
            finally:
                self.writeback = True
        if hasattr(self.dict, "sync"):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A Shelf over a bsddb-style mapping (first/next/previous/last/set_location)."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        super().__init__(dict, protocol, writeback, keyencoding)

    def _pair(self, pair):
        key, value = pair
        return key.decode(self.keyencoding), _unpickled(value)

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf over dbm.open(filename, flag)."""

    def __init__(self, filename, flag="c", protocol=None, writeback=False):
        import dbm
        super().__init__(dbm.open(filename, flag), protocol, writeback)


def open(filename, flag="c", protocol=None, writeback=False):
    """Open a persistent dictionary (a DbfilenameShelf) stored under `filename`."""
    return DbfilenameShelf(filename, flag=flag, protocol=protocol, writeback=writeback)

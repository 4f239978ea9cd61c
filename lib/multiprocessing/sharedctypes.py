"""multiprocessing.sharedctypes for pydive: Value and Array in memory shared with the children.

CPython places ctypes objects in an anonymous shared mmap. pydive keeps each one in a file of
its own under /dev/shm (unlinked at once, so only the descriptor names it), read and written
with os.pread/os.pwrite and struct: a child made by fork inherits the descriptor, so what one
process stores the others read. Types are given by typecode ('i', 'd', 'c', ...) or by the
ctypes type names' typecodes; ctypes itself is not available in pydive.
"""

import itertools
import os
import struct

from . import synchronize

__all__ = ["RawValue", "RawArray", "Value", "Array", "copy", "synchronized"]

_CTYPES = {"c": "c_char", "u": "c_wchar", "b": "c_byte", "B": "c_ubyte", "h": "c_short",
           "H": "c_ushort", "i": "c_int", "I": "c_uint", "l": "c_long", "L": "c_ulong",
           "q": "c_longlong", "Q": "c_ulonglong", "f": "c_float", "d": "c_double",
           "?": "c_bool"}
_STRUCT = {"u": "I"}  # a wchar_t is 4 bytes on Linux
_names = itertools.count()


def _typecode(t):
    if isinstance(t, str) and t in _CTYPES:
        return t
    if isinstance(t, str):
        raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    raise NotImplementedError("pydive: multiprocessing Value/Array of %r (only typecodes "
                              "such as 'i' or 'd'; pydive has no ctypes)" % (t,))


class _Block:
    """size bytes of zeros shared with the children made after it."""

    def __init__(self, size):
        base = "/dev/shm" if os.path.isdir("/dev/shm") else "/tmp"
        while True:
            path = "%s/pydive-mp-%d-%d" % (base, os.getpid(), next(_names))
            try:
                self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                continue
        os.unlink(path)
        os.ftruncate(self.fd, max(size, 1))

    def read(self, offset, size):
        return os.pread(self.fd, size, offset)

    def write(self, offset, data):
        os.pwrite(self.fd, data, offset)


def _fmt(code):
    return "=" + _STRUCT.get(code, code)


def _decode(code, raw):
    v, = struct.unpack(_fmt(code), raw)
    if code == "u":
        return chr(v)
    return v


def _encode(code, v):
    if code == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("one character unicode string expected")
        v = ord(v)
    elif code == "c":
        if isinstance(v, int) and 0 <= v < 256:
            v = bytes([v])
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise TypeError("one character bytes, bytearray or integer expected")
    elif code in "fd":
        if not isinstance(v, (int, float)):
            raise TypeError("must be real number, not %s" % type(v).__name__)
    elif code != "?":
        if not isinstance(v, int):
            raise TypeError("int expected instead of %s" % type(v).__name__)
        size = struct.calcsize(_fmt(code))
        bits = size * 8
        # ctypes wraps out-of-range integers silently (as C would)
        v &= (1 << bits) - 1
        if code in "bhilq" and v >= 1 << (bits - 1):
            v -= 1 << bits
    return struct.pack(_fmt(code), v)


class _RawValue:
    """One shared C value (what ctypes calls c_int(5) and so on)."""

    def __init__(self, code, initial):
        self._code = code
        self._size = struct.calcsize(_fmt(code))
        self._block = _Block(self._size)
        if initial is not None:
            self.value = initial

    @property
    def value(self):
        return _decode(self._code, self._block.read(0, self._size))

    @value.setter
    def value(self, v):
        self._block.write(0, _encode(self._code, v))

    def __repr__(self):
        return "%s(%r)" % (_CTYPES[self._code], self.value)

    def __reduce__(self):
        synchronize._inheritance_only(self)


class _RawArray:
    """A shared C array of one typecode."""

    def __init__(self, code, length):
        self._code = code
        self._item = struct.calcsize(_fmt(code))
        self._length = length
        self._block = _Block(self._item * length)

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            if step == 1:
                if stop <= start:
                    return b"" if self._code == "c" else ("" if self._code == "u" else [])
                raw = self._block.read(start * self._item, (stop - start) * self._item)
                items = [_decode(self._code, raw[k:k + self._item])
                         for k in range(0, len(raw), self._item)]
            else:
                items = [self[k] for k in range(start, stop, step)]
            if self._code == "c":
                return b"".join(items)
            if self._code == "u":
                return "".join(items)
            return items
        i = self._index(i.__index__())
        return _decode(self._code, self._block.read(i * self._item, self._item))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            positions = range(*i.indices(self._length))
            if self._code == "c" and isinstance(v, (bytes, bytearray)):
                v = [v[k:k + 1] for k in range(len(v))]
            v = list(v)
            if len(v) != len(positions):
                raise ValueError("Can only assign sequence of same size")
            for k, item in zip(positions, v):
                self[k] = item
            return
        i = self._index(i.__index__())
        self._block.write(i * self._item, _encode(self._code, v))

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._code not in "cu":
            raise AttributeError("'%s_Array_%d' object has no attribute 'value'"
                                 % (_CTYPES[self._code], self._length))
        data = self[:]
        end = data.find(b"\x00" if self._code == "c" else "\x00")
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, v):
        if len(v) > self._length:
            raise ValueError("byte string too long" if self._code == "c" else
                             "string too long")
        pad = b"\x00" if self._code == "c" else "\x00"
        if len(v) < self._length:
            v = v + pad
        self[:len(v)] = v

    @property
    def raw(self):
        if self._code != "c":
            raise AttributeError("raw")
        return self[:]

    def __repr__(self):
        return "<multiprocessing.sharedctypes.%s_Array_%d object at %#x>" % (
            _CTYPES[self._code], self._length, id(self))

    def __reduce__(self):
        synchronize._inheritance_only(self)


def RawValue(typecode_or_type, *args):
    """A shared value without a lock."""
    code = _typecode(typecode_or_type)
    if len(args) > 1:
        raise TypeError("%s() takes at most 1 argument (%d given)" % (_CTYPES[code], len(args)))
    return _RawValue(code, args[0] if args else None)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock: a length (zeros) or the initial items."""
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _RawArray(code, size_or_initializer)
    items = list(size_or_initializer)
    arr = _RawArray(code, len(items))
    arr[:] = items
    return arr


class Synchronized:
    """A shared value with the lock that guards it (get_lock(), with-statement)."""

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock else synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        synchronize._inheritance_only(self)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return "<%s wrapper for %s>" % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])

    def __getslice__(self, start, stop):
        return self[start:stop]


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw


def _lock_of(lock):
    if lock is True or lock is None:
        return synchronize.RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value, with a lock unless lock=False."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, _lock_of(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array, with a lock unless lock=False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    cls = SynchronizedString if obj._code == "c" else SynchronizedArray
    return cls(obj, _lock_of(lock))


def copy(obj):
    """A new shared object holding obj's value(s)."""
    if isinstance(obj, _RawArray):
        return RawArray(obj._code, obj[:] if obj._code not in "cu" else list(obj[:]))
    return RawValue(obj._code, obj.value)


def synchronized(obj, lock=None, ctx=None):
    cls = SynchronizedArray if isinstance(obj, _RawArray) else Synchronized
    if isinstance(obj, _RawArray) and obj._code == "c":
        cls = SynchronizedString
    return cls(obj, lock)

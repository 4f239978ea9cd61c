"""Arrays of numeric values (pydive's array: a typed list with CPython's repr, item checks,
and bytes conversion through struct)."""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8,
          "Q": 8, "f": 4, "d": 8}
_SIGNED = {"b": True, "h": True, "i": True, "l": True, "q": True,
           "B": False, "H": False, "I": False, "L": False, "Q": False}


class array:
    """array(typecode[, initializer]): a compact sequence of one basic type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._items = []
        if initializer is not None:
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, str):
                if typecode != "u":
                    raise TypeError("cannot use a str to initialize an array with typecode "
                                    "'%s'" % typecode)
                self._items = list(initializer)
            else:
                self.extend(initializer)

    def _check(self, v):
        tc = self.typecode
        if tc == "u":
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if tc in "fd":
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if tc == "f":
                v = _struct.unpack("f", _struct.pack("f", v))[0]
            return v
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        bits = 8 * self.itemsize
        if _SIGNED[tc]:
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        if not lo <= v <= hi:
            # CPython's messages, per typecode: a value beyond a C long fails its first
            # conversion; a value that fits a long is then range-checked per item size
            if tc in "qQ":
                if tc == "Q" and v < 0:
                    raise OverflowError("can't convert negative int to unsigned")
                raise OverflowError("int too big to convert")
            if tc in "IL":
                if v < 0:
                    raise OverflowError("can't convert negative value to unsigned int")
                if tc == "L" or v > (1 << 64) - 1:
                    raise OverflowError("Python int too large to convert to C unsigned long")
                raise OverflowError("unsigned int is greater than maximum")
            if not -(1 << 63) <= v < (1 << 63) or tc == "l":
                raise OverflowError("Python int too large to convert to C long")
            what = {"b": "signed char", "B": "unsigned byte integer",
                    "h": "signed short integer", "H": "unsigned short",
                    "i": "signed integer"}[tc]
            raise OverflowError("%s is %s" % (what, "greater than maximum" if v > hi
                                              else "less than minimum"))
        return v

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s(%r)" % (name, self.typecode)
        if self.typecode == "u":
            return "%s(%r, %r)" % (name, self.typecode, "".join(self._items))
        return "%s(%r, %r)" % (name, self.typecode, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            a = array(self.typecode)
            a._items = self._items[i]
            return a
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array) or v.typecode != self.typecode:
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            self._items[i] = list(v._items)
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        del self._items[i]

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        a = array(self.typecode)
        a._items = self._items + other._items
        return a

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        a = array(self.typecode)
        a._items = self._items * n
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    __hash__ = None

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable.typecode != self.typecode:
            raise TypeError("can only extend with array of same kind")
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        return self._items.pop(i)

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        if self.typecode == "u":
            raise RuntimeError("don't know how to byteswap this array type")
        fmt = "<" + self.typecode.replace("l", "q").replace("L", "Q")
        self._items = [_struct.unpack(">" + fmt[1:], _struct.pack(fmt, v))[0]
                       for v in self._items]

    def _fmt(self):
        return "<%d%s" % (len(self._items), self.typecode.replace("l", "q").replace("L", "Q"))

    def __buffer__(self, flags, /):
        # A read-only copy of the items in the array's format: reads match CPython's view of
        # the array; the items live in a list here, so a write through the view could not
        # reach them and raises instead of being lost (CPython's view is writable).
        data = memoryview(self.tobytes())
        return data if self.typecode == "u" else data.cast(self.typecode)

    def tobytes(self):
        if self.typecode == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(self._fmt(), *self._items)

    # CPython's array exports a buffer; pydive has no buffer protocol for Python classes,
    # so bytes(a) goes through __bytes__ instead
    __bytes__ = tobytes

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // self.itemsize
        if self.typecode == "u":
            self._items.extend(data.decode("utf-32-le"))
            return
        code = self.typecode.replace("l", "q").replace("L", "Q")
        self._items.extend(_struct.unpack("<%d%s" % (n, code), data))

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self.extend(items)

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def __copy__(self):
        return array(self.typecode, self)

    def __deepcopy__(self, memo):
        return array(self.typecode, self)

    def __reduce__(self):
        return (array, (self.typecode, list(self._items)))


ArrayType = array


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module


# C types in CPython: error messages name them with their module ('array.array')
try:
    import _pydive
    _pydive.set_tp_name(array, 'array.array')
    _pydive.set_immutable(array)
    del _pydive
except ImportError:
    pass

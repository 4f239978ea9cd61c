"""Conversions between Python values and C structs as bytes (pydive's struct, written in
Python: byte orders @ = < > !, the integer/float/bool/char/string codes, native alignment)."""

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


class error(Exception):
    pass


# code: (standard size, native size, native alignment, kind, signed)
_CODES = {
    "x": (1, 1, 1, "pad", False),
    "c": (1, 1, 1, "char", False),
    "b": (1, 1, 1, "int", True),
    "B": (1, 1, 1, "int", False),
    "?": (1, 1, 1, "bool", False),
    "h": (2, 2, 2, "int", True),
    "H": (2, 2, 2, "int", False),
    "i": (4, 4, 4, "int", True),
    "I": (4, 4, 4, "int", False),
    "l": (4, 8, 8, "int", True),
    "L": (4, 8, 8, "int", False),
    "q": (8, 8, 8, "int", True),
    "Q": (8, 8, 8, "int", False),
    "n": (None, 8, 8, "int", True),
    "N": (None, 8, 8, "int", False),
    "P": (None, 8, 8, "int", False),
    "e": (2, 2, 2, "float", True),
    "f": (4, 4, 4, "float", True),
    "d": (8, 8, 8, "float", True),
    "s": (1, 1, 1, "bytes", False),
    "p": (1, 1, 1, "pascal", False),
}


def _parse(fmt):
    """(byte order '<' or '>', native, [(code, count, size, offset)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order, native = "<", True
    i = 0
    if fmt and fmt[0] in "@=<>!":
        c = fmt[0]
        i = 1
        native = c == "@"
        order = ">" if c in ">!" else "<"
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        spec = _CODES.get(c)
        if spec is None:
            raise error("bad char in struct format")
        std, nat, align, kind, signed = spec
        if not native and std is None:
            raise error("bad char in struct format")
        size = nat if native else std
        if native:
            offset = (offset + align - 1) // align * align
        if count is None:
            count = 1
        if kind in ("bytes", "pascal"):
            items.append((c, count, count, offset))
            offset += count
        else:
            items.append((c, count, size, offset))
            offset += size * count
    return order, native, items, offset


# the formats whose NaNs memoryview converts bit for bit: exponent bits -> (code, size)
_NAN_CODES = {8: ("f", 4), 11: ("d", 8)}


def _nan_bits(x, ebits):
    code, size = _NAN_CODES[ebits]
    buf = bytearray(size)
    memoryview(buf).cast(code)[0] = x
    return int.from_bytes(buf, "little")


def _float_bits(x, ebits, mbits):
    """The IEEE 754 bit pattern of x with ebits exponent bits and mbits fraction bits
    (round half to even)."""
    bias = (1 << (ebits - 1)) - 1
    if ebits in _NAN_CODES and math.isnan(x):
        # the NaN's own bits, sign and payload (a float's NaN payload narrowed as C does)
        return _nan_bits(x, ebits)
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if math.isnan(x):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if math.isinf(x):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    e -= 1                # x = (2m) * 2**e, 1 <= 2m < 2
    if e < 1 - bias:      # subnormal: fraction = x / 2**(1 - bias - mbits)
        shift = 1 - bias - mbits
        exp_field = 0
    else:
        shift = e - mbits
        exp_field = e + bias
    # exact ratio x / 2**shift, rounded half to even
    num, den = x.as_integer_ratio()
    if shift >= 0:
        den <<= shift
    else:
        num <<= -shift
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if exp_field == 0:
        if q >> mbits:
            exp_field = 1
            q &= (1 << mbits) - 1
    else:
        if q >> (mbits + 1):
            q >>= 1
            exp_field += 1
        q &= (1 << mbits) - 1
    if exp_field >= (1 << ebits) - 1:
        raise OverflowError("float too large to pack with %s format" % (
            {5: "e", 8: "f", 11: "d"}[ebits]))
    return (sign << (ebits + mbits)) | (exp_field << mbits) | q


def _bits_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp_field = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp_field == (1 << ebits) - 1:
        if frac == 0:
            return sign * math.inf
        if ebits in _NAN_CODES:
            # a NaN keeps its sign and payload, as PyFloat_Unpack8/4 read the bits
            code, size = _NAN_CODES[ebits]
            return memoryview(bits.to_bytes(size, "little")).cast(code)[0]
        return math.copysign(math.nan, sign)
    if exp_field == 0:
        return sign * math.ldexp(frac, 1 - bias - mbits)
    return sign * math.ldexp(frac | (1 << mbits), exp_field - bias - mbits)


_FLOAT_LAYOUT = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _index(v):
    if isinstance(v, float):
        raise error("required argument is not an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise error("required argument is not an integer") from None


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode("ascii")
        self._order, self._native, self._items, self.size = _parse(format)

    def _nargs(self):
        n = 0
        for c, count, size, offset in self._items:
            if c in "sp":
                n += 1
            elif c != "x":
                n += count
        return n

    def pack(self, *values):
        n = self._nargs()
        if len(values) != n:
            raise error("pack expected %d items for packing (got %d)" % (n, len(values)))
        out = [0] * self.size
        it = iter(values)
        big = self._order == ">"
        for c, count, size, offset in self._items:
            if c == "x":
                continue
            if c in "sp":
                v = next(it)
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                if c == "s":
                    data = bytes(v[:count])
                    out[offset:offset + len(data)] = list(data)
                else:
                    data = bytes(v[:max(count - 1, 0)])
                    if count:
                        out[offset] = min(len(data), 255)
                        out[offset + 1:offset + 1 + len(data)] = list(data)
                continue
            for k in range(count):
                v = next(it)
                pos = offset + k * size
                kind = _CODES[c][3]
                if kind == "char":
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error("char format requires a bytes object of length 1")
                    out[pos] = v[0]
                elif kind == "bool":
                    out[pos] = 1 if v else 0
                elif kind == "float":
                    try:
                        x = float(v)
                    except TypeError:
                        raise error("required argument is not a float") from None
                    ebits, mbits = _FLOAT_LAYOUT[c]
                    bits = _float_bits(x, ebits, mbits)
                    out[pos:pos + size] = list(bits.to_bytes(size, "big" if big else "little"))
                else:
                    v = _index(v)
                    signed = _CODES[c][4]
                    bitsz = 8 * size
                    lo, hi = (-(1 << (bitsz - 1)), (1 << (bitsz - 1)) - 1) if signed \
                        else (0, (1 << bitsz) - 1)
                    if not lo <= v <= hi:
                        name = "'%s'" % c
                        if signed:
                            raise error("%s format requires %d <= number <= %d"
                                        % (name, lo, hi))
                        raise error("%s format requires 0 <= number <= %d" % (name, hi))
                    out[pos:pos + size] = list(v.to_bytes(size, "big" if big else "little",
                                                          signed=signed))
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset + len(data) > len(buffer):
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (offset + len(data), len(data), offset, len(buffer)))
        for j, byte in enumerate(data):
            buffer[offset + j] = byte

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack(buffer, offset)

    def _unpack(self, buffer, base):
        big = self._order == ">"
        out = []
        for c, count, size, offset in self._items:
            pos0 = base + offset
            if c == "x":
                continue
            if c == "s":
                out.append(buffer[pos0:pos0 + count])
                continue
            if c == "p":
                n = min(buffer[pos0], count - 1) if count else 0
                out.append(buffer[pos0 + 1:pos0 + 1 + n])
                continue
            for k in range(count):
                pos = pos0 + k * size
                chunk = buffer[pos:pos + size]
                kind = _CODES[c][3]
                if kind == "char":
                    out.append(chunk)
                elif kind == "bool":
                    out.append(chunk != b"\0")
                elif kind == "float":
                    ebits, mbits = _FLOAT_LAYOUT[c]
                    bits = int.from_bytes(chunk, "big" if big else "little")
                    out.append(_bits_float(bits, ebits, mbits))
                else:
                    out.append(int.from_bytes(chunk, "big" if big else "little",
                                              signed=_CODES[c][4]))
        return tuple(out)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (self._unpack(buffer, i) for i in range(0, len(buffer), self.size))


Struct.__module__ = "_struct"
_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module


# C types in CPython: error messages name them with their module ('_struct.Struct')
try:
    import _pydive
    _pydive.set_tp_name(Struct, '_struct.Struct')
    _pydive.set_immutable(Struct)
    del _pydive
except ImportError:
    pass

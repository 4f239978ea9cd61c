"""Conversions between binary data and ASCII (pydive's binascii, written in Python)."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32", "crc_hqx", "a2b_qp", "b2a_qp"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    return bytes(s)


def _binary(data):
    # bytes-like objects only, as the C module's y* arguments (bytes(5) is five zeros)
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def b2a_base64(data, *, newline=True):
    """Base64 of binary data, with a trailing newline unless newline=False."""
    data = _binary(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Binary data of base64 text (characters outside the alphabet are skipped unless strict)."""
    data = _data(data)
    bits = 0
    nbits = 0
    out = bytearray()
    pads = 0
    quad = 0
    for c in data:
        if c == 61:  # '='
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                break
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads:
            if strict_mode:
                raise Error("Discontinuous padding not allowed")
            pads = 0
        bits = (bits << 6) | v
        nbits += 6
        quad = (quad + 1) % 4
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % (sum(1 for c in data if c in _B64_REV)))
    if quad and quad + pads < 4:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _binary(data)
    h = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return h.encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    hexstr = _data(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


unhexlify = a2b_hex

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _i, _c


def crc32(data, crc=0):
    crc = ~crc & 0xFFFFFFFF
    for b in _binary(data):
        crc = _CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    crc &= 0xFFFF
    for b in _binary(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


# -- quoted-printable (RFC 1521), as binascii.c's a2b_qp/b2a_qp -------------------------------

_QP_MAX = 76
_HEX = b"0123456789ABCDEF"


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 65 <= c <= 70:
        return c - 55
    if 97 <= c <= 102:
        return c - 87
    return -1


def a2b_qp(data, header=False):
    """Decode quoted-printable data (`_` is a space when header is true)."""
    data = _data(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):  # a soft line break: skip to after the newline
                while i < n and data[i] != 10:
                    i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and _hexval(c) >= 0 and _hexval(data[i + 1]) >= 0:
                out.append(_hexval(c) << 4 | _hexval(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode binary data as quoted-printable, lines at most 76 characters (soft breaks
    `=` at the end of a line; CRLF line ends kept when the first line end is one)."""
    data = _binary(data)
    n = len(data)
    nl = data.find(b"\n")
    crlf = nl > 0 and data[nl - 1] == 13
    soft = b"=\r\n" if crlf else b"=\n"
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and nxt in (None, 10, 13, 0))
                or (not istext and c in (10, 13))
                or (c in (9, 32) and nxt is None)
                or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32)))):
            if linelen + 3 >= _QP_MAX:
                out += soft
                linelen = 0
            out += b"=" + bytes((_HEX[c >> 4], _HEX[c & 15]))
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            if out and out[-1] in (9, 32):
                last = out[-1]
                out[-1:] = b"=" + bytes((_HEX[last >> 4], _HEX[last & 15]))
            out += b"\r\n" if crlf else b"\n"
            i += 2 if c == 13 else 1
        else:
            if nxt is not None and nxt != 10 and linelen + 1 >= _QP_MAX:
                out += soft
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module

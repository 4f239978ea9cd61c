"""Conversions between binary data and ASCII (pydive's binascii, written in Python)."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32", "crc_hqx"]


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

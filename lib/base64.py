"""Base16, Base32, Base64 and Base85 data encodings (pydive's base64, written in Python)."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _input_bytes(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _swap(data, frm, to):
    """data with each byte of frm replaced by the byte of to at the same place."""
    table = dict(zip(frm, to))
    return bytes(table.get(c, c) for c in data)


def _check_altchars(altchars):
    # (an assertion in CPython too: two replacement characters for '+' and '/')
    if len(altchars) != 2:
        raise AssertionError(repr(altchars))


def _require_bytes_like(s):
    # what encodebytes()/decodebytes() accept: the buffer protocol, not str
    try:
        memoryview(s)
    except TypeError as err:
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}") from err


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    _check_altchars(altchars)
    return _swap(encoded, b"+/", altchars)


def b64decode(s, altchars=None, validate=False):
    s = _input_bytes(s)
    if altchars is not None:
        altchars = _input_bytes(altchars)
        _check_altchars(altchars)
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _input_bytes(s)
    s = _swap(s, b"-_", b"+/")
    return b64decode(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        block = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        pad = {1: 6, 2: 4, 3: 3, 4: 1, 5: 0}[len(chunk)]
        out += block[:8 - pad] + b"=" * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _input_bytes(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _input_bytes(map01)
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    rev = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            try:
                n = (n << 5) | rev[c]
            except KeyError:
                raise binascii.Error("Non-base32 digit found") from None
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, "big")
    if padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise binascii.Error("Incorrect padding")
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.b2a_hex(s).upper()


def b16decode(s, casefold=False):
    s = _input_bytes(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return binascii.a2b_hex(s)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = (-len(b)) % 4
    if padding:
        b = b + b"\0" * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and word == 0:
            out += b"z"
        elif foldspaces and word == 0x20202020:
            out += b"y"
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out += bytes(reversed(digits))
    if padding and not pad:
        if out[-1:] == b"z":
            out = out[:-1] + chars[0:1] * 5
        out = out[:-padding]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    b = _input_bytes(b)
    rev = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            try:
                acc = acc * 85 + rev[c]
            except KeyError:
                raise ValueError("bad base85 character at position %d" % (i + j)) from None
        try:
            out += acc.to_bytes(4, "big")
        except OverflowError:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i) from None
    if padding:
        out = out[:-padding]
    return bytes(out)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b"<~" + result
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)  # room for the '~>' that follows
        lines = [result[at:at + width] for at in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    b = _input_bytes(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = bytearray()
    curr = []
    for x in b + b"u" * 4:
        if 33 <= x <= 117:
            curr.append(x)
            if len(curr) == 5:
                acc = 0
                for c in curr:
                    acc = 85 * acc + (c - 33)
                try:
                    out += acc.to_bytes(4, "big")
                except OverflowError:
                    raise ValueError("Ascii85 overflow") from None
                curr = []
        elif x == 122:
            if curr:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and x == 121:
            if curr:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"\x20\x20\x20\x20"
        elif x in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % x)
    padding = 4 - len(curr)
    if padding:
        out = out[:-padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    # base64 in lines of at most MAXLINESIZE characters, each ending with a newline
    _require_bytes_like(s)
    return b"".join(binascii.b2a_base64(s[at:at + MAXBINSIZE])
                    for at in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _require_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    # file to file, MAXBINSIZE bytes to a line
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            break
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))

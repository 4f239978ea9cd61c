"""Quoted-printable encoding and decoding (RFC 1521) for pydive: files and byte strings.

The work itself is binascii's (b2a_qp / a2b_qp, which follow the RFC's line-length, soft
break and trailing-whitespace rules); this module adds the file-level helpers and the small
per-byte predicates that older code imports from here."""

import binascii

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""

_PRINTABLE_LOW, _PRINTABLE_HIGH = b" ", b"~"
_DIGIT_BASES = ((b"0", b"9", 0), (b"a", b"f", 10), (b"A", b"F", 10))


def _expect_bytes(value):
    assert isinstance(value, bytes)


def needsquoting(c, quotetabs, header):
    """Whether the single byte `c` must be written as =XX."""
    _expect_bytes(c)
    if c in b" \t":                  # blanks: only on request
        return quotetabs
    if c == b"_":                    # '_' stands for a space in headers
        return header
    printable = _PRINTABLE_LOW <= c <= _PRINTABLE_HIGH
    return c == ESCAPE or not printable


def quote(c):
    """=XX for the single byte `c`."""
    assert isinstance(c, bytes) and len(c) == 1
    high, low = divmod(c[0], 16)
    return ESCAPE + HEX[high:high + 1] + HEX[low:low + 1]


def encodestring(s, quotetabs=False, header=False):
    """Quoted-printable form of the bytes `s`."""
    return binascii.b2a_qp(s, quotetabs=quotetabs, header=header)


def decodestring(s, header=False):
    """The bytes that quoted-printable `s` stands for."""
    return binascii.a2b_qp(s, header=header)


def encode(input, output, quotetabs, header=False):
    """Read binary file `input`, write its quoted-printable form to binary file `output`."""
    output.write(encodestring(input.read(), quotetabs, header))


def decode(input, output, header=False):
    """Read quoted-printable binary file `input`, write the decoded bytes to `output`."""
    output.write(decodestring(input.read(), header))


def _digit_value(one):
    """Value of the hexadecimal digit `one` (a 1-byte bytes), or None."""
    for first, last, base in _DIGIT_BASES:
        if first <= one <= last:
            return one[0] - first[0] + base
    return None


def ishex(c):
    """Whether the single byte `c` is a hexadecimal digit."""
    _expect_bytes(c)
    return any(first <= c <= last for first, last, _ in _DIGIT_BASES)


def unhex(s):
    """The value of the hexadecimal digits in bytes `s`."""
    total = 0
    for code in s:
        digit = bytes((code,))
        value = _digit_value(digit)
        assert value is not None, "non-hex digit " + repr(digit)
        total = (total << 4) | value
    return total

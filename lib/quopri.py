"""Quoted-printable encoding and decoding (RFC 1521) for pydive: files and byte strings,
through binascii's b2a_qp/a2b_qp as CPython's quopri does when its C helpers are there."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the single byte `c` must be written as =XX."""
    assert isinstance(c, bytes)
    if c in b" \t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """=XX for the single byte `c`."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n // 16], HEX[n % 16]))


def encode(input, output, quotetabs, header=False):
    """Read binary file `input`, write its quoted-printable form to binary file `output`."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable binary file `input`, write the decoded bytes to `output`."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the single byte `c` is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b"0" <= c <= b"9" or b"a" <= c <= b"f" or b"A" <= c <= b"F"


def unhex(s):
    """The value of the hexadecimal digits in bytes `s`."""
    bits = 0
    for x in s:
        x = bytes((x,))
        if b"0" <= x <= b"9":
            i = ord(b"0")
        elif b"a" <= x <= b"f":
            i = ord(b"a") - 10
        elif b"A" <= x <= b"F":
            i = ord(b"A") - 10
        else:
            assert False, "non-hex digit " + repr(x)
        bits = bits * 16 + (ord(x) - i)
    return bits

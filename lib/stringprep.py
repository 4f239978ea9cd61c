"""The character tables of RFC 3454 (stringprep), as predicates and mappings (pydive).

CPython answers from the Unicode 3.2 database (unicodedata.ucd_3_2_0); pydive has only the
current one (15.0), so in_table_a1 ("unassigned in Unicode 3.2") treats characters assigned
since 3.2 as assigned, and the case-folding tables B.2/B.3 follow today's str.casefold().
"""

import unicodedata

__all__ = []  # the module's functions are its interface, as in CPython

_ucd = getattr(unicodedata, "ucd_3_2_0", unicodedata)


def in_table_a1(code):
    """A.1: unassigned code points (noncharacters are in C.4 instead)."""
    if _ucd.category(code) != "Cn":
        return False
    n = ord(code)
    if 0xFDD0 <= n < 0xFDF0:
        return False
    return (n & 0xFFFF) not in (0xFFFE, 0xFFFF)


# B.1: characters mapped to nothing (soft hyphen, joiners, variation selectors ...)
_B1 = frozenset([0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D,
                 0x2060, 0xFEFF, *range(0xFE00, 0xFE10)])


def in_table_b1(code):
    return ord(code) in _B1


def map_table_b3(code):
    """B.3: case folding for use without normalization."""
    return code.casefold()


def map_table_b2(a):
    """B.2: case folding for use with NFKC."""
    folded = map_table_b3(a)
    once = _ucd.normalize("NFKC", folded)
    twice = _ucd.normalize("NFKC", "".join(map_table_b3(ch) for ch in once))
    return twice if once != twice else folded


def in_table_c11(code):
    """C.1.1: ASCII space."""
    return code == " "


def in_table_c12(code):
    """C.1.2: non-ASCII spaces."""
    return code != " " and _ucd.category(code) == "Zs"


def in_table_c11_c12(code):
    return _ucd.category(code) == "Zs"


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    return ord(code) < 0x80 and _ucd.category(code) == "Cc"


_C22_EXTRA = frozenset([0x06DD, 0x070F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029, 0xFEFF,
                        *range(0x1D173, 0x1D17B)])


def in_table_c22(code):
    """C.2.2: non-ASCII control characters."""
    n = ord(code)
    if n < 0x80:
        return False
    return _ucd.category(code) == "Cc" or n in _C22_EXTRA


def in_table_c21_c22(code):
    return _ucd.category(code) == "Cc" or ord(code) in _C22_EXTRA


def in_table_c3(code):
    """C.3: private use."""
    return _ucd.category(code) == "Co"


def in_table_c4(code):
    """C.4: non-character code points."""
    n = ord(code)
    if n < 0xFDD0:
        return False
    return n < 0xFDF0 or (n & 0xFFFF) in (0xFFFE, 0xFFFF)


def in_table_c5(code):
    """C.5: surrogate codes."""
    return _ucd.category(code) == "Cs"


def in_table_c6(code):
    """C.6: inappropriate for plain text."""
    return 0xFFF9 <= ord(code) <= 0xFFFD


def in_table_c7(code):
    """C.7: inappropriate for canonical representation (ideographic description)."""
    return 0x2FF0 <= ord(code) <= 0x2FFB


_C8 = frozenset([0x0340, 0x0341, 0x200E, 0x200F, *range(0x202A, 0x202F),
                 *range(0x206A, 0x2070)])


def in_table_c8(code):
    """C.8: change display properties or deprecated."""
    return ord(code) in _C8


def in_table_c9(code):
    """C.9: tagging characters."""
    n = ord(code)
    return n == 0xE0001 or 0xE0020 <= n <= 0xE007F


def in_table_d1(code):
    """D.1: characters with bidirectional property R or AL."""
    return _ucd.bidirectional(code) in ("R", "AL")


def in_table_d2(code):
    """D.2: characters with bidirectional property L."""
    return _ucd.bidirectional(code) == "L"

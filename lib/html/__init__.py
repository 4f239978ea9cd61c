"""General functions for HTML manipulation (pydive's html: escape, and unescape of every
HTML5 named and numeric character reference, as CPython's)."""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """&, < and > (and the quotes when quote is true) as HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


_INVALID_CHARREFS = {0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81",
                     0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026",
                     0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
                     0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d",
                     0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018",
                     0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
                     0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122",
                     0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153", 0x9d: "\x9d",
                     0x9e: "\u017e", 0x9f: "\u0178"}


_REF = None
# code points a numeric reference may not produce (they become nothing)
_DROPPED = frozenset(list(range(0x1, 0x9)) + [0xB] + list(range(0xE, 0x20)) +
                     list(range(0x7F, 0xA0)) + list(range(0xFDD0, 0xFDF0)) +
                     [p + k for p in range(0, 0x110000, 0x10000) for k in (0xFFFE, 0xFFFF)])


def _ref_text(m):
    ref = m.group(1)
    if ref[0] == "#":
        num = int(ref[2:].rstrip(";"), 16) if ref[1] in "xX" else int(ref[1:].rstrip(";"))
        if num in _INVALID_CHARREFS:
            return _INVALID_CHARREFS[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\uFFFD"
        if num in _DROPPED:
            return ""
        return chr(num)
    from html.entities import html5
    if ref in html5:
        return html5[ref]
    # the longest known name the reference starts with (HTML5's rule for a missing ';')
    for k in range(len(ref) - 1, 1, -1):
        if ref[:k] in html5:
            return html5[ref[:k]] + ref[k:]
    return "&" + ref


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    global _REF
    if "&" not in s:
        return s
    if _REF is None:
        import re
        _REF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
    return _REF.sub(_ref_text, s)

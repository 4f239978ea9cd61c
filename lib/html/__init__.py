"""General functions for HTML manipulation (pydive's html: escape, unescape of the common
named and numeric character references)."""

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


_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
          "copy": "\xa9", "reg": "\xae", "hellip": "\u2026", "mdash": "\u2014",
          "ndash": "\u2013", "euro": "\u20ac", "laquo": "\xab", "raquo": "\xbb",
          "times": "\xd7", "divide": "\xf7", "deg": "\xb0", "middot": "\xb7",
          "lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d",
          "bull": "\u2022", "trade": "\u2122", "para": "\xb6", "sect": "\xa7"}

_INVALID_CHARREFS = {0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81",
                     0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026",
                     0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
                     0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d",
                     0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018",
                     0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
                     0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122",
                     0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153", 0x9d: "\x9d",
                     0x9e: "\u017e", 0x9f: "\u0178"}


def _replace_charref(ref):
    if ref[0] == "#":
        if ref[1] in "xX":
            num = int(ref[2:].rstrip(";"), 16)
        else:
            num = int(ref[1:].rstrip(";"))
        if num in _INVALID_CHARREFS:
            return _INVALID_CHARREFS[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\uFFFD"
        return chr(num)
    name = ref.rstrip(";")
    if name in _NAMED:
        return _NAMED[name]
    return "&" + ref


def unescape(s):
    """Named and numeric character references (&gt;, &#62;, &#x3e;) as the characters."""
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "&":
            out.append(c)
            i += 1
            continue
        j = i + 1
        if j < n and s[j] == "#":
            k = j + 1
            if k < n and s[k] in "xX":
                k += 1
                start = k
                while k < n and s[k] in "0123456789abcdefABCDEF":
                    k += 1
            else:
                start = k
                while k < n and s[k].isdigit():
                    k += 1
            if k > start:
                if k < n and s[k] == ";":
                    k += 1
                out.append(_replace_charref(s[j:k]))
                i = k
                continue
        else:
            k = j
            while k < n and s[k].isalnum():
                k += 1
            name = s[j:k]
            if name in _NAMED:
                if k < n and s[k] == ";":
                    k += 1
                out.append(_NAMED[name])
                i = k
                continue
        out.append("&")
        i += 1
    return "".join(out)

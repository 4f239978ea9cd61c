"""Unix shell-style filename matching (pydive's fnmatch): *, ?, [seq], [!seq]."""

import re
import functools
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the pattern (case as the OS compares it: exactly, on POSIX)."""
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, "ISO-8859-1"))
        return re.compile(res.encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the list that match pat."""
    match = _compile_pattern(posixpath.normcase(pat))
    return [name for name in names if match(posixpath.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """The regular expression for a shell pattern (CPython's form: (?s:...)\\Z)."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] != ".*":
                res.append(".*")
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
            else:
                stuff = pat[i:j]
                if "-" not in stuff:
                    stuff = stuff.replace("\\", r"\\")
                else:
                    stuff = stuff.replace("\\", r"\\")
                i = j + 1
                if not stuff:
                    res.append("(?!)")
                elif stuff == "!":
                    res.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    res.append(f"[{stuff}]")
        else:
            res.append(re.escape(c))
    return f"(?s:{''.join(res)})\\Z"

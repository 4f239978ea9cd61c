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
    """The regular expression for a shell pattern, in CPython's form: `(?s:...)\\Z`, each
    `*` but the last an atomic `(?>.*?...)` so that a failing match cannot backtrack into
    it (bpo-40480: '*a*a*a*a*a*a*a*a*a*a' against 'a' * 50 + 'b' would take forever)."""
    # The pattern as regex pieces between its stars: `segments[0]` before the first `*`,
    # then one segment after each (runs of `*` count once).
    segments = [[]]
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if segments[-1] or len(segments) == 1:
                segments.append([])
        elif c == "?":
            segments[-1].append(".")
        elif c == "[":
            piece, i = _bracket(pat, i)
            segments[-1].append(piece)
        else:
            segments[-1].append(re.escape(c))
    out = ["".join(segments[0])]
    last = len(segments) - 1
    for k in range(1, len(segments)):
        fixed = "".join(segments[k])
        out.append(".*" + fixed if k == last else "(?>.*?" + fixed + ")")
    return "(?s:" + "".join(out) + ")\\Z"


def _bracket(pat, start):
    """The regex for the `[...]` whose text starts at `pat[start]` (after the `[`), and the
    index after it; an unclosed `[` is a literal one."""
    n = len(pat)
    j = start
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return "\\[", start
    text = pat[start:j]
    if "-" in text:
        text = "-".join(part.replace("\\", "\\\\").replace("-", "\\-")
                        for part in _range_parts(pat, start, j))
    else:
        text = text.replace("\\", "\\\\")
    # `&&`, `~~` and `||` may mean set operations to a future re: escape them.
    text = re.sub(r"([&~|])", r"\\\1", text)
    if not text:
        return "(?!)", j + 1          # `[]...]` cannot be empty; an empty range never matches
    if text == "!":
        return ".", j + 1             # a negated empty set matches any character
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in ("^", "["):
        text = "\\" + text
    return "[" + text + "]", j + 1


def _range_parts(pat, start, end):
    """The text of a `[...]` holding `-` split at the hyphens that make ranges (the first
    character, after an optional `!`, is never one, nor the character right after a range's
    hyphen), with the ranges whose ends are reversed (`z-a`, empty) dropped."""
    parts = []
    pos = start + 2 if pat[start] == "!" else start + 1
    while True:
        hyphen = pat.find("-", pos, end)
        if hyphen < 0:
            break
        parts.append(pat[start:hyphen])
        start = hyphen + 1
        pos = hyphen + 3
    tail = pat[start:end]
    if tail:
        parts.append(tail)
    else:
        parts[-1] += "-"              # a hyphen last in the set is a literal
    for k in range(len(parts) - 1, 0, -1):
        if parts[k - 1][-1] > parts[k][0]:
            parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
            del parts[k]
    return parts

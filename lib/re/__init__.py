"""Support for regular expressions (RE), pydive's pure-Python re.

Same syntax, semantics, results and error messages as CPython 3.12's re: the pattern
is parsed (re._parser, Python) into a tree that the native module _sre_pydive
(crates/vm/src/modules/sre/) compiles to a program and runs with a backtracking machine;
the loops of findall, split and sub run there too.
"""

import enum
from operator import index as _index
import _sre_pydive
from . import _parser
from ._parser import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "template",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = _parser.ASCII
    IGNORECASE = I = _parser.IGNORECASE
    LOCALE = L = _parser.LOCALE
    UNICODE = U = _parser.UNICODE
    MULTILINE = M = _parser.MULTILINE
    DOTALL = S = _parser.DOTALL
    VERBOSE = X = _parser.VERBOSE
    TEMPLATE = T = _parser.TEMPLATE
    DEBUG = _parser.DEBUG
    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag = enum.global_enum(RegexFlag)

_MAXCACHE = 512
_cache = {}

_FLAG_NAMES = (
    ("re.TEMPLATE", _parser.TEMPLATE), ("re.IGNORECASE", _parser.IGNORECASE),
    ("re.LOCALE", _parser.LOCALE), ("re.MULTILINE", _parser.MULTILINE),
    ("re.DOTALL", _parser.DOTALL), ("re.UNICODE", _parser.UNICODE),
    ("re.VERBOSE", _parser.VERBOSE), ("re.DEBUG", _parser.DEBUG),
    ("re.ASCII", _parser.ASCII),
)


def _truncated_repr(obj, limit):
    text = repr(obj)
    return text[:limit]


def _subject(pattern, string):
    """The text the matcher reads: the str, or the bytes of a bytes-like subject."""
    if isinstance(string, str):
        if _isbytes(pattern):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string if type(string) is str else str.__str__(string)
    if isinstance(string, (bytes, bytearray, memoryview)):
        if not _isbytes(pattern):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string if type(string) is bytes else bytes(string)
    try:
        view = memoryview(string)  # another buffer (array.array, mmap, ...)
    except (TypeError, NotImplementedError):
        import array
        if not isinstance(string, array.array):
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__) from None
        view = string
    if not _isbytes(pattern):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return view.tobytes()


Pattern = _sre_pydive.Pattern
Match = _sre_pydive.Match


def _make_pattern(pattern, flags):
    tree, state = _parser.parse(pattern, flags)
    groupindex = dict(state.groupdict)
    indexgroup = {v: k for k, v in groupindex.items()}
    return _sre_pydive.compile(tree, state.groups - 1, not isinstance(pattern, str),
                               pattern, state.flags, groupindex, indexgroup)


def _ssize(i):
    i = _index(i)
    if not -0x8000000000000000 <= i <= 0x7fffffffffffffff:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return i


def _bounds(text, pos, endpos):
    n = len(text)
    pos = _ssize(pos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None:
        endpos = n
    else:
        endpos = _ssize(endpos)
        if endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
    return pos, endpos


def _general(pattern, string, pos, endpos, mode):
    # match (0), fullmatch (1), search (2), finditer (3) of a subject to convert
    text = _subject(pattern, string)
    pos, end = _bounds(text, pos, endpos)
    if mode == 3:
        return _sre_pydive.iterate(pattern, string, text, pos, end)
    return _sre_pydive.run(pattern, string, text, pos, end, mode, False)


def _subx(pattern, repl, string, count):
    text = _subject(pattern, string)
    if callable(repl):
        return _sre_pydive.subx(pattern, text, count, None, repl, string)
    template = _compile_template(pattern, repl)
    return _sre_pydive.subx(pattern, text, count, template, None, string)


def _isbytes(pattern):
    return not isinstance(pattern.pattern, str)


class _PatternMethods:
    """re.Pattern's methods written in Python (match, fullmatch, search, finditer and the
    attributes are native); `_sre_pydive.setup` copies them onto the type."""

    def __repr__(self):
        flags = self.flags
        if not _isbytes(self) and (flags & (_parser.LOCALE | _parser.UNICODE | _parser.ASCII)) \
                == _parser.UNICODE:
            flags &= ~_parser.UNICODE
        names = []
        for name, value in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append("0x%x" % flags)
        text = _truncated_repr(self.pattern, 200)
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and _isbytes(self) == _isbytes(other))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        text = _subject(self, string)
        pos, end = _bounds(text, pos, endpos)
        return _sre_pydive.findall(self, text, pos, end)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        text = _subject(self, string)
        return _sre_pydive.split(self, text, maxsplit)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return _subx(self, repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing
        the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return _subx(self, repl, string, count)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._text = _subject(pattern, string)
        self._pos, self._end = _bounds(self._text, pos, endpos)
        self._must_advance = False

    def _step(self, mode):
        if self._pos > self._end:
            return None
        m = _sre_pydive.run(self.pattern, self._string, self._text, self._pos, self._end,
                            mode, self._must_advance)
        if m is None:
            self._pos = self._end + 1
            return None
        start, self._pos = m.span()
        self._must_advance = self._pos == start
        return m

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class _MatchMethods:
    """re.Match's methods written in Python (the rest is native)."""

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template."""
        return _expand_template(_compile_template(self.re, template), self)


_sre_pydive.setup(_PatternMethods, _MatchMethods, _general)


# ---------------------------------------------------------------------------
# Templates

_template_cache = {}


def _compile_template(pattern, repl):
    if isinstance(repl, (bytes, bytearray, memoryview)) and type(repl) is not bytes:
        repl = bytes(repl)
    elif isinstance(repl, str) and type(repl) is not str:
        repl = str.__str__(repl)
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    if _isbytes(pattern) and isinstance(repl, str):
        raise TypeError("expected a bytes-like object, str found")
    if not _isbytes(pattern) and not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    template = _parser.parse_template(repl, pattern)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = template
    return template


def _expand_template(template, match):
    empty = b'' if _isbytes(match.re) else ''
    pieces = [template[0]]
    for i in range(1, len(template), 2):
        g = match.group(template[i])
        if g is not None:
            pieces.append(g)
        pieces.append(template[i + 1])
    return empty.join(bytes(p) if isinstance(p, (bytearray, memoryview)) else p
                      for p in pieces)


# ---------------------------------------------------------------------------
# Module-level API

_str_cache = {}  # str patterns compiled without flags: the common re.search(p, s) lookup


def _compile(pattern, flags):
    if type(pattern) is str and type(flags) is int and not flags:
        try:
            return _str_cache[pattern]
        except KeyError:
            pass
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & _parser.DEBUG:
        raise NotImplementedError("re.DEBUG output is not supported by pydive's re")
    if flags & _parser.TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    p = _make_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # drop the oldest item
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    if not flags and type(pattern) is str:
        if len(_str_cache) >= _MAXCACHE:
            _str_cache.clear()
        _str_cache[pattern] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.match(string)
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.fullmatch(string)
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.search(string)
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.sub(repl, string, count)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.subn(repl, string, count)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.split(string, maxsplit)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.findall(string)
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    if type(pattern) is str and not flags:  # _compile's first look, without its frame
        p = _str_cache.get(pattern)
        if p is not None:
            return p.finditer(string)
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # warn just once
        return _compile(pattern, flags | _parser.TEMPLATE)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _str_cache.clear()
    _template_cache.clear()


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


class Scanner:
    """A simple lexer (undocumented, as CPython's): lexicon is a list of (phrase, action);
    scan() matches the phrases in order at each position and collects the actions' results."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # each phrase becomes one group; a phrase's own groups come after its group, so the
        # phrase matched is the group that closed last (lastindex)
        parts = []
        self._actions = {}
        gid = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._actions[gid] = index
            parts.append("(%s)" % phrase)
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._actions[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


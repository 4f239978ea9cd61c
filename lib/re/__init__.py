"""Support for regular expressions (RE), pydive's pure-Python re.

Same syntax, semantics, results and error messages as CPython 3.12's re: the pattern
is parsed (re._parser, Python) into a tree that the native module _sre_pydive
(crates/vm/src/modules/sre/) compiles to a program and runs with a backtracking machine;
the loops of findall, split and sub run there too.
"""

import enum
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
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string if type(string) is str else str.__str__(string)
    if isinstance(string, (bytes, bytearray, memoryview)):
        if not pattern._isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string if type(string) is bytes else bytes(string)
    try:
        view = memoryview(string)  # another buffer (array.array, ...)
    except (TypeError, NotImplementedError):
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(string).__name__) from None
    if not pattern._isbytes:
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return view.tobytes()


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_prog',
                 '_isbytes', '_indexgroup', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @classmethod
    def _make(cls, pattern, flags):
        tree, state = _parser.parse(pattern, flags)
        self = object.__new__(cls)
        self.pattern = pattern
        self.flags = state.flags
        self.groups = state.groups - 1
        self._groupindex = dict(state.groupdict)
        self._indexgroup = {v: k for k, v in state.groupdict.items()}
        self._isbytes = not isinstance(pattern, str)
        self._prog = _sre_pydive.Program(tree, self.groups, self._isbytes)
        return self

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        from types import MappingProxyType
        return MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and (flags & (_parser.LOCALE | _parser.UNICODE | _parser.ASCII)) \
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
                and self._isbytes == other._isbytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    # -- matching

    def _bounds(self, text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return pos, endpos

    def _make_match(self, string, pos, endpos, result):
        caps, lastindex = result
        return Match._make(self, string, pos, endpos, caps, lastindex)

    def match(self, string, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        m = _sre_pydive.run(self._prog, self, string, pos, endpos, 0)
        if m is not NotImplemented:
            return m
        text = _subject(self, string)
        pos, end = self._bounds(text, pos, endpos)
        if pos > end:
            return None
        result = _sre_pydive.match(self._prog, text, pos, end, False, False)
        if result is None:
            return None
        return self._make_match(string, pos, end, result)

    def fullmatch(self, string, pos=0, endpos=None):
        """Matches against all of the string."""
        m = _sre_pydive.run(self._prog, self, string, pos, endpos, 1)
        if m is not NotImplemented:
            return m
        text = _subject(self, string)
        pos, end = self._bounds(text, pos, endpos)
        if pos > end:
            return None
        result = _sre_pydive.match(self._prog, text, pos, end, False, True)
        if result is None:
            return None
        return self._make_match(string, pos, end, result)

    def search(self, string, pos=0, endpos=None):
        """Scan through string looking for a match, and return a corresponding
        match object instance. Return None if no position in the string matches."""
        m = _sre_pydive.run(self._prog, self, string, pos, endpos, 2)
        if m is not NotImplemented:
            return m
        text = _subject(self, string)
        pos, end = self._bounds(text, pos, endpos)
        result = _sre_pydive.search(self._prog, text, pos, end, False)
        if result is None:
            return None
        return self._make_match(string, pos, end, result)

    def _iter_matches(self, string, pos=0, endpos=None):
        # successive matches; an empty match may not sit where the previous one ended
        text = _subject(self, string)
        pos, end = self._bounds(text, pos, endpos)
        orig_pos = pos
        must_advance = False
        prog = self._prog
        if string is not text:
            # a subject lib/re converted: Match objects keep the original
            while pos <= end:
                result = _sre_pydive.search(prog, text, pos, end, must_advance)
                if result is None:
                    return
                yield Match._make(self, string, orig_pos, end, result[0], result[1])
                start, pos = result[0][0], result[0][1]
                must_advance = pos == start
            return
        run = _sre_pydive.run
        while pos <= end:
            m = run(prog, self, text, pos, end, 2, must_advance, orig_pos)
            if m is None:
                return
            yield m
            start, pos = m._caps[0], m._caps[1]
            must_advance = pos == start

    def finditer(self, string, pos=0, endpos=None):
        """Return an iterator over all non-overlapping matches for the
        RE pattern in string. For each match, the iterator returns a match object."""
        return self._iter_matches(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """Return a list of all non-overlapping matches of pattern in string."""
        text = _subject(self, string)
        pos, end = self._bounds(text, pos, endpos)
        return _sre_pydive.findall(self._prog, text, pos, end)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        text = _subject(self, string)
        return _sre_pydive.split(self._prog, text, maxsplit)

    def _subx(self, repl, string, count):
        text = _subject(self, string)
        if callable(repl):
            return _sre_pydive.subx(self._prog, text, count, None, repl, self, string)
        template = _compile_template(self, repl)
        return _sre_pydive.subx(self._prog, text, count, template, None, self, string)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing
        the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


def _slice(string, start, end):
    if isinstance(string, (str, bytes)):
        return string[start:end]
    return bytes(string[start:end])


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._text = _subject(pattern, string)
        self._pos, self._end = pattern._bounds(self._text, pos, endpos)
        self._must_advance = False

    def _step(self, searching):
        p = self.pattern
        if self._pos > self._end:
            return None
        if searching:
            result = _sre_pydive.search(p._prog, self._text, self._pos, self._end,
                                        self._must_advance)
        else:
            result = _sre_pydive.match(p._prog, self._text, self._pos, self._end,
                                       self._must_advance, False)
        if result is None:
            self._pos = self._end + 1
            return None
        m = p._make_match(self._string, self._pos, self._end, result)
        start, self._pos = result[0][0], result[0][1]
        self._must_advance = self._pos == start
        return m

    def match(self):
        return self._step(False)

    def search(self):
        return self._step(True)


class Match:
    """The result of re.match() and re.search()."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_caps', '_lastindex')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _make(cls, pattern, string, pos, endpos, caps, lastindex):
        self = object.__new__(cls)
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        self._lastindex = lastindex
        return self

    def _index(self, group):
        if type(group) is int:
            if 0 <= group <= self.re.groups:
                return group
            raise IndexError("no such group")
        if isinstance(group, int) and not isinstance(group, bool) or \
                (hasattr(group, '__index__') and not isinstance(group, (str, bytes))):
            try:
                i = group.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        try:
            return self.re._groupindex[group]
        except (KeyError, TypeError):
            raise IndexError("no such group") from None

    def _get(self, i, default=None):
        caps = self._caps
        start = caps[2 * i]
        end = caps[2 * i + 1]
        if start < 0 or end < 0:
            return default
        string = self.string
        if type(string) is str:
            return string[start:end]
        return _slice(string, start, end)

    def group(self, *args):
        """group([group1, ...]) -> str or tuple."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return self._caps[2 * i], self._caps[2 * i + 1]

    @property
    def regs(self):
        return tuple((self._caps[2 * i], self._caps[2 * i + 1])
                     for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        return None if self._lastindex < 1 else self._lastindex

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        if self._lastindex < 1:
            return None
        return self.re._indexgroup.get(self._lastindex)

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template."""
        return _expand_template(_compile_template(self.re, template), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._caps[0], self._caps[1], _truncated_repr(self.group(0), 50))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


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
    if pattern._isbytes and isinstance(repl, str):
        raise TypeError("expected a bytes-like object, str found")
    if not pattern._isbytes and not isinstance(repl, str):
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    template = _parser.parse_template(repl, pattern)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = template
    return template


def _expand_template(template, match):
    empty = b'' if match.re._isbytes else ''
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
    p = Pattern._make(pattern, flags)
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
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
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


Pattern.__module__ = 're'
Match.__module__ = 're'
_sre_pydive.setup(Match)

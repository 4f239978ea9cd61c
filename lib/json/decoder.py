"""json.decoder: JSONDecoder, JSONDecodeError and the string scanner (a recursive-descent
reader written for pydive; its error messages and positions are those of CPython's C
scanner in _json.c)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A ValueError that also says where the document went wrong: msg (the bare
    message), doc, pos (an index into doc), lineno and colno (both counted from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)  # rfind gives -1 on the first line
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        # rebuilt from the three constructor arguments, not from args
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

# the character each one-letter backslash escape stands for
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

_BLANKS = frozenset(' \t\n\r')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')


def _skip(s, i):
    """The first index at or after i that is not JSON whitespace."""
    # Whole windows at a time: in pydive each index into a str costs time proportional
    # to the string, a slice of it costs that once.
    while True:
        window = s[i:i + 64]
        rest = window.lstrip(' \t\n\r')
        i += len(window) - len(rest)
        if rest or not window:
            return i


def _hex4(s, u):
    """The code of the \\uXXXX escape whose 'u' is at index u."""
    digits = s[u + 1:u + 5]
    if len(digits) != 4 or not _HEXDIGITS.issuperset(digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, u)
    return int(digits, 16)


def _unescape(s, i, begin):
    """Decode the escape whose backslash is at i: (text, index after it)."""
    if i + 1 >= len(s):
        raise JSONDecodeError("Unterminated string starting at", s, begin)
    kind = s[i + 1]
    if kind != 'u':
        text = _SIMPLE_ESCAPES.get(kind)
        if text is None:
            raise JSONDecodeError("Invalid \\escape", s, i)
        return text, i + 2
    code = _hex4(s, i + 1)
    after = i + 6
    # a high surrogate directly followed by an escaped low one is a single character
    if 0xd800 <= code <= 0xdbff and s[after:after + 2] == '\\u':
        low = _hex4(s, after + 1)
        if 0xdc00 <= low <= 0xdfff:
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
            after += 6
    return chr(code), after


def py_scanstring(s, end, strict=True):
    """Read the JSON string whose opening quote is at end - 1.

    Returns (the decoded str, the index just past the closing quote). With strict
    false, raw control characters are allowed inside the string."""
    begin = end - 1
    pieces = []
    n = len(s)
    i = end
    while True:
        # the plain run up to the next quote or backslash, copied in one piece
        stop = s.find('"', i)
        if stop < 0:
            stop = n
        backslash = s.find('\\', i, stop)
        if backslash >= 0:
            stop = backslash
        run = s[i:stop]
        if strict and len(run.translate(_NO_CONTROLS)) != len(run):
            first_bad = next(k for k, ch in enumerate(run) if ch < ' ')
            raise JSONDecodeError("Invalid control character at", s, i + first_bad)
        pieces.append(run)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if backslash < 0:
            return ''.join(pieces), stop + 1
        text, i = _unescape(s, stop, begin)
        pieces.append(text)


_NO_CONTROLS = dict.fromkeys(range(0x20))


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

scanstring = c_scanstring or py_scanstring


def _digits_end(s, i):
    n = len(s)
    while i < n and '0' <= s[i] <= '9':
        i += 1
    return i


def _number_at(s, i):
    """(end, is_float) for the JSON number that starts at i, or None if none does.
    A '.' or an exponent not followed by digits ends the number before it."""
    window = s[i:i + 64]
    found = _number_in(window)
    if found is not None and found[0] == len(window) and len(window) == 64:
        found = _number_in(s[i:])  # a number longer than the window
    if found is None:
        return None
    return i + found[0], found[1]


def _number_in(t):
    # the number at the start of the (short) string t, as (length, is_float)
    n = len(t)
    j = 1 if t[:1] == '-' else 0
    if j >= n:
        return None
    if t[j] == '0':
        j += 1
    elif '1' <= t[j] <= '9':
        j = _digits_end(t, j + 1)
    else:
        return None
    is_float = False
    if j + 1 < n and t[j] == '.' and '0' <= t[j + 1] <= '9':
        j = _digits_end(t, j + 1)
        is_float = True
    if j < n and t[j] in 'eE':
        k = j + 1
        if k < n and t[k] in '+-':
            k += 1
        e = _digits_end(t, k)
        if e > k:
            return e, True
    return j, is_float


# the JSON literals by first character; the words only parse_constant gives a value
_LITERALS = {'n': ('null', None), 't': ('true', True), 'f': ('false', False)}
_SPECIAL_START = {'N': 'NaN', 'I': 'Infinity', '-': '-Infinity'}


class _Scanner:
    """The decoder's scan_once: scanner(s, idx) -> (value, end index), raising
    StopIteration(idx) when no JSON value starts at idx."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}  # one str object per distinct key within a document

    def __call__(self, string, idx):
        try:
            return self._value(string, idx)
        finally:
            self.memo.clear()

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        first = s[i]
        if first == '"':
            return scanstring(s, i + 1, self.strict)
        if first == '{':
            return self._object(s, i + 1)
        if first == '[':
            return self._array(s, i + 1)
        # one look at the first character picks the only literal that can start here
        # (each str index/startswith costs time proportional to the string in pydive)
        literal = _LITERALS.get(first)
        if literal is not None:
            word, value = literal
            if s.startswith(word, i):
                return value, i + len(word)
            raise StopIteration(i)
        found = _number_at(s, i)
        if found is not None:
            end, is_float = found
            text = s[i:end]
            return (self.parse_float(text) if is_float else self.parse_int(text)), end
        if first in _SPECIAL_START and s.startswith(_SPECIAL_START[first], i):
            word = _SPECIAL_START[first]
            return self.parse_constant(word), i + len(word)
        raise StopIteration(i)

    def _member(self, s, i):
        # a value inside a container: a missing one is an error, not the end of input
        try:
            return self._value(s, i)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None

    def _object(self, s, i):
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] != '}':
            while True:
                if s[i:i + 1] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, i)
                key, i = scanstring(s, i + 1, self.strict)
                key = self.memo.setdefault(key, key)
                i = _skip(s, i)
                if s[i:i + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = self._member(s, _skip(s, i + 1))
                pairs.append((key, value))
                i = _skip(s, i)
                if s[i:i + 1] == '}':
                    break
                if s[i:i + 1] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1

    def _array(self, s, i):
        items = []
        i = _skip(s, i)
        if s[i:i + 1] == ']':
            return items, i + 1
        while True:
            value, i = self._member(s, i)
            items.append(value)
            i = _skip(s, i)
            if s[i:i + 1] == ']':
                return items, i + 1
            if s[i:i + 1] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

# the native scanner when there is one, else the Python one above (CPython's json.scanner)
make_scanner = c_make_scanner or _Scanner


class JSONDecoder(object):
    """Reads JSON text into Python values: object -> dict, array -> list, string -> str,
    number -> int or float, true/false -> True/False, null -> None (and the non-standard
    NaN, Infinity, -Infinity -> float).

    object_hook gets each decoded dict and returns what replaces it; object_pairs_hook
    (which wins over object_hook) gets the list of (key, value) pairs instead.
    parse_float, parse_int and parse_constant get the text of floats, ints and of the
    three special words. strict=False lets control characters appear inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """The value of the JSON document s (surrounding whitespace allowed, nothing else)."""
        value, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx] and return (value, end index);
        whatever follows it is left alone."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None

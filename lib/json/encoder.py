"""json.encoder: JSONEncoder and the string quoting it uses (pure Python; the text it
writes, and the chunks iterencode() yields, are those of CPython's json)."""

INFINITY = float('inf')

# What a character becomes inside a JSON string: the short escapes first, then \u00XX for
# every other control character.
ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
              '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _code in range(0x20):
    ESCAPE_DCT.setdefault(chr(_code), '\\u%04x' % _code)
del _code

_QUOTE_TABLE = {ord(ch): esc for ch, esc in ESCAPE_DCT.items()}
_ASCII_TABLE = dict(_QUOTE_TABLE)
_ASCII_TABLE[0x7f] = '\\u007f'


def _u_escape(code):
    # beyond the BMP JSON wants a UTF-16 surrogate pair
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))


def py_encode_basestring(s):
    """s as a JSON string literal; only quote, backslash and control characters escaped."""
    return '"' + s.translate(_QUOTE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal made only of printable ASCII."""
    body = s.translate(_ASCII_TABLE)
    if not body.isascii():
        body = ''.join(ch if ch < '\x80' else _u_escape(ord(ch)) for ch in body)
    return '"' + body + '"'


try:
    from _json import encode_basestring as c_encode_basestring
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Turns dict, list/tuple, str, int, float, True/False/None into JSON text.

    Anything else goes through self.default(o), which must return something encodable
    or raise TypeError; override it (or pass default=) to support more types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','  # no trailing blanks before each newline
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object of no JSON type; this one refuses with TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The whole JSON text of o as one str."""
        if isinstance(o, str):
            return self._quoter()(o)
        if c_make_encoder is not None and type(self).iterencode is JSONEncoder.iterencode:
            # the whole text at once, natively (dump() still streams through iterencode)
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return c_make_encoder(
                self.check_circular, self.default, self.ensure_ascii, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """A generator of the JSON text of o, piece by piece (for streaming)."""
        # settings are read now, as CPython does, not when the generator first runs
        return _Writer(self).chunks(o, 0)

    def _quoter(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring


class _Writer:
    """One encoding run: the encoder's settings frozen, and the ids of the containers
    being written (to report a cycle instead of recursing forever)."""

    def __init__(self, enc):
        self.quote = enc._quoter()
        self.allow_nan = enc.allow_nan
        self.default = enc.default
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.open = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent

    def number(self, f):
        if f != f:
            word = 'NaN'
        elif f == INFINITY:
            word = 'Infinity'
        elif f == -INFINITY:
            word = '-Infinity'
        else:
            return float.__repr__(f)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
        return word

    def atom(self, o):
        """The text of a value that needs no nesting, or None for one that does."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)  # an IntEnum member is written as its number
        if isinstance(o, float):
            return self.number(o)
        return None

    def key(self, k):
        """The text a dict key stands for, or None when skipkeys drops it."""
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.number(k)
        if isinstance(k, (int, type(None))):
            return self.atom(k)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def enter(self, o):
        if self.open is not None:
            if id(o) in self.open:
                raise ValueError("Circular reference detected")
            self.open[id(o)] = o

    def leave(self, o):
        if self.open is not None:
            del self.open[id(o)]

    def chunks(self, o, level):
        text = self.atom(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.mapping(o, level)
        else:
            self.enter(o)
            yield from self.chunks(self.default(o), level)
            self.leave(o)

    def layout(self, level):
        """(text after the opening bracket, separator between items, text before the
        closing bracket) at nesting depth level."""
        if self.indent is None:
            return '', self.item_sep, ''
        inner = '\n' + self.indent * (level + 1)
        return inner, self.item_sep + inner, '\n' + self.indent * level

    def array(self, seq, level):
        if not seq:
            yield '[]'
            return
        self.enter(seq)
        head, sep, tail = self.layout(level)
        # a scalar item is glued to the separator before it; a nested one is not
        lead = '[' + head
        for item in seq:
            text = self.atom(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.chunks(item, level + 1)
            lead = sep
        if tail:
            yield tail
        yield ']'
        self.leave(seq)

    def mapping(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        head, sep, tail = self.layout(level)
        yield '{'
        if head:
            yield head
        pairs = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, value in pairs:
            k = self.key(k)
            if k is None:
                continue
            if not first:
                yield sep
            first = False
            yield self.quote(k)
            yield self.key_sep
            text = self.atom(value)
            if text is not None:
                yield text
            else:
                yield from self.chunks(value, level + 1)
        if tail:
            yield tail
        yield '}'
        self.leave(dct)

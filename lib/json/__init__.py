"""JSON <https://json.org> for pydive: dump/dumps turn Python values into JSON text,
load/loads read it back; JSONEncoder and JSONDecoder are the extensible classes behind them.

    >>> import json
    >>> json.dumps({'k': [1, 2.5, None, True]})
    '{"k": [1, 2.5, null, true]}'
    >>> json.loads('{"k": [1, 2.5, null, true]}')
    {'k': [1, 2.5, None, True]}
"""
__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Calls with every option at its default share one encoder and one decoder.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys, extra):
    untouched = (not skipkeys and ensure_ascii and check_circular and allow_nan
                 and cls is None and indent is None and separators is None
                 and default is None and not sort_keys and not extra)
    if untouched:
        return _plain_encoder
    return (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp (anything with a .write(str) method), chunk by chunk."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                       separators, default, sort_keys, kw)
    write = fp.write
    for piece in enc.iterencode(obj):
        write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON str; the keyword options are JSONEncoder's."""
    enc = _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                       separators, default, sort_keys, kw)
    return enc.encode(obj)


# Byte-order marks, longest first where one is a prefix of another (UTF-32-LE starts
# with UTF-16-LE's mark).
_BOMS = (
    (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe\x00\x00', 'utf-32'),
    (b'\xfe\xff', 'utf-16'),
    (b'\xff\xfe', 'utf-16'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def detect_encoding(b):
    """Guess the codec of JSON bytes from a BOM, else from where the NUL bytes are
    (a JSON text starts with an ASCII character, RFC 4627 section 3)."""
    for mark, codec in _BOMS:
        if b.startswith(mark):
            return codec
    if len(b) >= 4:
        if b[0] == 0:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if (b[2] or b[3]) else 'utf-32-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read all of fp (anything with .read()) and decode it as loads() does."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode one JSON document from s (str, bytes or bytearray) into Python values."""
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    # only the hooks actually given are passed on, so a custom cls need not know them all
    hooks = {name: value for name, value in (
        ('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
        ('parse_float', parse_float), ('parse_int', parse_int),
        ('parse_constant', parse_constant)) if value is not None}
    if cls is None and not hooks and not kw:
        return _plain_decoder.decode(s)
    kw.update(hooks)
    return (cls or JSONDecoder)(**kw).decode(s)

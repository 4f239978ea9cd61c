"""The encodings package for pydive: normalize_encoding, the alias table
(encodings.aliases) and search_function, which answers through codecs.lookup (pydive's
codecs are built in: utf-8/16/32, ascii, latin-1, the single-byte tables, the escapes and
the bytes transforms) instead of importing one module per codec as CPython does.
"""

import codecs
from . import aliases  # noqa: F401  (encodings.aliases is part of the package's API)

# what search_function answered for each name asked (None: no such codec)
_answers = {}


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Runs of characters other than ASCII letters, digits and '.' become one '_'
    (leading and trailing ones are dropped)."""
    if isinstance(encoding, bytes):
        encoding = encoding.decode("ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return "".join(chars)


def search_function(encoding):
    """The CodecInfo of `encoding`, or None when there is no such codec."""
    if encoding in _answers:
        return _answers[encoding]
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    _answers[encoding] = info
    return info

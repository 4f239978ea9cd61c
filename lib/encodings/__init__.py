"""The encodings package for pydive: normalize_encoding, the alias table
(encodings.aliases) and search_function, which answers through codecs.lookup (pydive's
codecs are built in: utf-8/16/32, ascii, latin-1, the single-byte tables, the escapes and
the bytes transforms) instead of importing one module per codec as CPython does.
"""

import codecs
import sys
from . import aliases

_cache = {}
_unknown = "--unknown--"
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Runs of characters other than ASCII letters, digits and '.' become one '_'
    (leading and trailing ones are dropped)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
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
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    try:
        entry = codecs.lookup(encoding)
    except LookupError:
        entry = None
    _cache[encoding] = entry
    return entry


if sys.platform == "win32":
    def _alias_mbcs(encoding):
        return None

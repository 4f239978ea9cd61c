"""codecs for pydive: encode/decode through the str/bytes codecs the machine has (utf-8,
ascii, latin-1, utf-16, utf-32) plus the rot13, hex and base64 transforms, lookup() with
CPython's canonical names, the BOM constants and open().

Not here yet: incremental encoders/decoders, StreamReader/StreamWriter classes and
register()/register_error() of new codecs or error handlers (NotImplementedError names them).
"""

import builtins as _builtins

__all__ = ["encode", "decode", "lookup", "CodecInfo", "open", "getencoder", "getdecoder",
           "iterencode", "iterdecode", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
           "register", "register_error", "lookup_error", "strict_errors", "ignore_errors",
           "replace_errors"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

# normalized alias -> CPython's canonical codec name
_NAMES = {
    "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf8sig": "utf-8-sig",
    "ascii": "ascii", "usascii": "ascii", "646": "ascii",
    "latin1": "iso8859-1", "latin": "iso8859-1", "l1": "iso8859-1", "iso88591": "iso8859-1",
    "8859": "iso8859-1", "cp819": "iso8859-1",
    "utf16": "utf-16", "utf16le": "utf-16-le", "utf16be": "utf-16-be",
    "utf32": "utf-32", "utf32le": "utf-32-le", "utf32be": "utf-32-be",
    "rot13": "rot-13", "hex": "hex", "hexcodec": "hex", "base64": "base64",
    "base64codec": "base64", "base_64": "base64",
    "unicodeescape": "unicode-escape", "rawunicodeescape": "raw-unicode-escape",
}
_TRANSFORMS = ("rot-13", "hex", "base64")


def _canonical(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = encoding.lower().replace("-", "").replace("_", "").replace(" ", "")
    try:
        return _NAMES[key]
    except KeyError:
        raise LookupError(f"unknown encoding: {encoding}") from None


def _rot13(text):
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}" if False else
                        f"'{type(text).__name__}' object has no attribute 'translate'")
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
    return text.translate(table)


def _encode_with(name, obj, errors):
    if name == "rot-13":
        return _rot13(obj)
    if name == "hex":
        import binascii
        return binascii.hexlify(obj)
    if name == "base64":
        import base64
        return base64.encodebytes(obj)
    if name == "utf-8-sig":
        return BOM_UTF8 + obj.encode("utf-8", errors)
    if not isinstance(obj, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    return obj.encode(name, errors)


def _decode_with(name, obj, errors):
    if name == "rot-13":
        return _rot13(obj)
    if name == "hex":
        import binascii
        return binascii.unhexlify(obj)
    if name == "base64":
        import base64
        return base64.decodebytes(obj)
    if isinstance(obj, str):
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")
    data = bytes(obj)
    if name == "utf-8-sig":
        if data.startswith(BOM_UTF8):
            data = data[3:]
        return data.decode("utf-8", errors)
    return data.decode(name, errors)


class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, streamreader, streamwriter) with a name."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self._is_text_encoding = _is_text_encoding if _is_text_encoding is not None else True
        return self

    def __repr__(self):
        return f"<codecs.CodecInfo object for encoding {self.name} at {id(self):#x}>"


def lookup(encoding, /):
    name = _canonical(encoding)

    def enc(obj, errors="strict"):
        out = _encode_with(name, obj, errors)
        return out, len(obj)

    def dec(obj, errors="strict"):
        out = _decode_with(name, obj, errors)
        return out, len(obj)

    return CodecInfo(enc, dec, name=name, _is_text_encoding=name not in _TRANSFORMS)


def encode(obj, encoding="utf-8", errors="strict"):
    return _encode_with(_canonical(encoding), obj, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return _decode_with(_canonical(encoding), obj, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def iterencode(iterator, encoding, errors="strict", **kwargs):
    for item in iterator:
        out = encode(item, encoding, errors)
        if out:
            yield out


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    name = _canonical(encoding)
    if name not in ("utf-8", "ascii", "iso8859-1"):
        raise NotImplementedError(f"codecs.iterdecode with {name} is not supported by pydive yet")
    pending = b""
    for chunk in iterator:
        pending += chunk
        if name == "utf-8":
            cut = len(pending)
            # keep an incomplete trailing sequence for the next chunk
            for back in range(1, min(4, len(pending)) + 1):
                b = pending[-back]
                if b & 0xC0 == 0x80:
                    continue
                need = 2 if b >= 0xC0 else 1
                need = 3 if b >= 0xE0 else need
                need = 4 if b >= 0xF0 else need
                if b >= 0xC0 and need > back:
                    cut = len(pending) - back
                break
            text, pending = pending[:cut].decode(name, errors), pending[cut:]
        else:
            text, pending = pending.decode(name, errors), b""
        if text:
            yield text
    if pending:
        yield pending.decode(name, errors)


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    if encoding is not None and "b" not in mode:
        mode = mode.replace("t", "")
        return _builtins.open(filename, mode, buffering, encoding, errors)
    if encoding is not None:
        mode = mode.replace("b", "")
        return _builtins.open(filename, mode, buffering, encoding, errors)
    return _builtins.open(filename, mode, buffering)


def register(search_function, /):
    raise NotImplementedError("codecs.register of a new codec is not supported by pydive yet")


def register_error(name, handler, /):
    raise NotImplementedError("codecs.register_error is not supported by pydive yet")


def strict_errors(exception, /):
    raise exception


def ignore_errors(exception, /):
    return ("", exception.end)


def replace_errors(exception, /):
    if isinstance(exception, UnicodeEncodeError):
        return ("?" * (exception.end - exception.start), exception.end)
    return ("\ufffd", exception.end)


_ERRORS = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors}


def lookup_error(name, /):
    try:
        return _ERRORS[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None

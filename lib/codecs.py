"""codecs for pydive: encode/decode through the str/bytes codecs the machine has (utf-8,
ascii, latin-1, utf-16, utf-32) plus the rot13, hex and base64 transforms, lookup() with
CPython's canonical names, the BOM constants and open().

Codec, the incremental encoder/decoder classes and StreamReader/StreamWriter/StreamReaderWriter
over those codecs (getincrementalencoder/decoder, getreader/getwriter). Not here yet:
register()/register_error() of new codecs or error handlers (NotImplementedError names them).
"""

import builtins as _builtins
import _charmap

__all__ = ["encode", "decode", "lookup", "CodecInfo", "open", "getencoder", "getdecoder",
           "iterencode", "iterdecode", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
           "register", "register_error", "lookup_error", "strict_errors", "ignore_errors",
           "replace_errors", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "BufferedIncrementalEncoder", "BufferedIncrementalDecoder", "StreamReader",
           "StreamWriter", "StreamReaderWriter", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter", "charmap_build",
           "charmap_decode", "charmap_encode"]

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
_CHARMAPS = set()  # CodecInfo names of the single-byte codecs looked up so far


def _canonical(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = encoding.lower().replace("-", "").replace("_", "").replace(" ", "")
    try:
        return _NAMES[key]
    except KeyError:
        pass
    found = _charmap.lookup(encoding)
    if found is None:
        raise LookupError(f"unknown encoding: {encoding}")
    _CHARMAPS.add(found[1])
    return found[1]


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
    return obj.encode("latin-1" if name == "iso8859-1" else name, errors)


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
    return data.decode("latin-1" if name == "iso8859-1" else name, errors)


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

    encoder_cls, decoder_cls, reader_cls, writer_cls = _classes_for(name)
    return CodecInfo(enc, dec, reader_cls, writer_cls, encoder_cls, decoder_cls, name=name,
                     _is_text_encoding=name not in _TRANSFORMS)


def encode(obj, encoding="utf-8", errors="strict"):
    return _encode_with(_canonical(encoding), obj, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return _decode_with(_canonical(encoding), obj, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def iterencode(iterator, encoding, errors="strict", **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = encoder.encode(item)
        if out:
            yield out
    rest = encoder.encode("", True)
    if rest:
        yield rest


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for chunk in iterator:
        text = decoder.decode(chunk)
        if text:
            yield text
    rest = decoder.decode(b"", True)
    if rest:
        yield rest


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



# -- charmap codecs (CPython's _codecs.charmap_*; the tables themselves are native) ----------

def _charmap_errors(errors):
    if errors is None:
        return "strict"
    if not isinstance(errors, str):
        raise TypeError(f"argument 2 must be str or None, not {type(errors).__name__}")
    return errors


def charmap_build(map, /):
    """The encoding map of decoding table `map` (a dict here, not CPython's EncodingMap)."""
    if not isinstance(map, str):
        raise TypeError(f"charmap_build() argument must be str, not {type(map).__name__}")
    return {ord(c): i for i, c in enumerate(map) if c != "\ufffe"}


def charmap_decode(data, errors=None, mapping=None, /):
    errors = _charmap_errors(errors)
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    data = bytes(data)
    if mapping is None:
        return data.decode("latin-1", errors), len(data)
    out = []
    for i, b in enumerate(data):
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else "\ufffe"
        else:
            try:
                c = mapping[b]
            except LookupError:
                c = None
            if isinstance(c, int):
                if not 0 <= c <= 0x10FFFF:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(c)
            elif c is not None and not isinstance(c, str):
                raise TypeError("character mapping must return integer, None or str")
        if c is not None and c != "\ufffe":
            out.append(c)
            continue
        if errors == "strict":
            raise UnicodeDecodeError("charmap", data, i, i + 1,
                                     "character maps to <undefined>")
        elif errors == "replace":
            out.append("\ufffd")
        elif errors == "backslashreplace":
            out.append(f"\\x{b:02x}")
        elif errors != "ignore":
            raise LookupError(f"unknown error handler name '{errors}'")
    return "".join(out), len(data)


def _charmap_lookup(mapping, c):
    try:
        v = mapping[ord(c)]
    except LookupError:
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes([v])
    if isinstance(v, bytes):
        return v
    raise TypeError("character mapping must return integer, bytes or None, not "
                    + type(v).__name__)


def charmap_encode(str, errors=None, mapping=None, /):
    errors = _charmap_errors(errors)
    if not isinstance(str, _builtins.str):
        raise TypeError(f"charmap_encode() argument 1 must be str, not {type(str).__name__}")
    if mapping is None:
        return str.encode("latin-1", errors), len(str)
    out = []
    i = 0
    while i < len(str):
        b = _charmap_lookup(mapping, str[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < len(str) and _charmap_lookup(mapping, str[j]) is None:
            j += 1
        if errors == "strict":
            raise UnicodeEncodeError("charmap", str, i, j, "character maps to <undefined>")
        if errors == "replace":
            repl = "?" * (j - i)
        elif errors == "xmlcharrefreplace":
            repl = "".join(f"&#{ord(c)};" for c in str[i:j])
        elif errors == "backslashreplace":
            repl = str[i:j].encode("ascii", "backslashreplace").decode("ascii")
        elif errors == "ignore":
            repl = ""
        else:
            raise LookupError(f"unknown error handler name '{errors}'")
        for c in repl:
            b = _charmap_lookup(mapping, c)
            if b is None:
                raise UnicodeEncodeError("charmap", str, i, j, "character maps to <undefined>")
            out.append(b)
        i = j
    return b"".join(out), len(str)


# -- the codec classes ------------------------------------------------------------------------

class Codec:
    """Stateless encode/decode (subclasses define them)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text given in pieces (encode(piece, final))."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping unencoded input in self.buffer."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        out, used = self._buffer_encode(data, self.errors, final)
        self.buffer = data[used:]
        return out

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes bytes given in pieces (decode(piece, final))."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping undecoded input (an incomplete sequence) in self.buffer."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        out, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return out

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _utf8_complete(data):
    """How many leading bytes of `data` hold no incomplete trailing UTF-8 sequence."""
    for back in range(1, min(4, len(data)) + 1):
        b = data[-back]
        if b & 0xC0 == 0x80:
            continue  # a continuation byte: look further back for the lead byte
        need = 4 if b >= 0xF0 else 3 if b >= 0xE0 else 2 if b >= 0xC0 else 1
        return len(data) - back if need > back else len(data)
    return len(data)


def _classes_for(name):
    """(IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter) classes of
    codec `name`."""
    if name in ("utf-16", "utf-32"):
        unit = 2 if name == "utf-16" else 4
        bom_le = BOM_UTF16_LE if unit == 2 else BOM_UTF32_LE
        bom_be = BOM_UTF16_BE if unit == 2 else BOM_UTF32_BE

        class Encoder(IncrementalEncoder):
            def __init__(self, errors="strict"):
                IncrementalEncoder.__init__(self, errors)
                self._started = False

            def encode(self, input, final=False):
                if not self._started:
                    self._started = True
                    return _encode_with(name, input, self.errors)  # with its BOM
                return _encode_with(name + "-le", input, self.errors)

            def reset(self):
                self._started = False

            def getstate(self):
                return 0 if self._started else 2

            def setstate(self, state):
                self._started = not state

        class Decoder(BufferedIncrementalDecoder):
            def __init__(self, errors="strict"):
                BufferedIncrementalDecoder.__init__(self, errors)
                self._order = None

            def _buffer_decode(self, data, errors, final):
                skip = 0
                if self._order is None:
                    if len(data) < unit and not final:
                        return "", 0
                    if data.startswith(bom_be):
                        self._order, skip = "-be", unit
                    else:
                        self._order = "-le"
                        skip = unit if data.startswith(bom_le) else 0
                body = data[skip:]
                cut = len(body) if final else len(body) - len(body) % unit
                if unit == 2 and not final and cut >= 2:
                    high = body[cut - 2:cut]
                    word = high[0] << 8 | high[1] if self._order == "-be" else \
                        high[1] << 8 | high[0]
                    if 0xD800 <= word < 0xDC00:
                        cut -= 2  # the low surrogate is still to come
                return _decode_with(name + self._order, body[:cut], errors), skip + cut

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self._order = None

    else:
        class Encoder(IncrementalEncoder):
            def __init__(self, errors="strict"):
                IncrementalEncoder.__init__(self, errors)
                self._started = False

            def encode(self, input, final=False):
                out = _encode_with(name, input, self.errors)
                if name == "utf-8-sig" and self._started:
                    out = out[len(BOM_UTF8):]
                self._started = True
                return out

            def reset(self):
                self._started = False

        class Decoder(BufferedIncrementalDecoder):
            def __init__(self, errors="strict"):
                BufferedIncrementalDecoder.__init__(self, errors)
                self._started = False

            def _buffer_decode(self, data, errors, final):
                skip = 0
                if name == "utf-8-sig" and not self._started:
                    if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                        return "", 0
                    self._started = True
                    skip = 3 if data.startswith(BOM_UTF8) else 0
                body = data[skip:]
                if final or name in _TRANSFORMS or name in ("ascii", "iso8859-1") or \
                        name in _CHARMAPS:
                    cut = len(body)
                elif name.startswith(("utf-16", "utf-32")):
                    unit = 2 if name.startswith("utf-16") else 4
                    cut = len(body) - len(body) % unit
                    if unit == 2 and cut >= 2:
                        pair = body[cut - 2:cut]
                        word = pair[0] << 8 | pair[1] if name.endswith("be") else \
                            pair[1] << 8 | pair[0]
                        if 0xD800 <= word < 0xDC00:
                            cut -= 2  # the low surrogate is still to come
                else:
                    cut = _utf8_complete(body)
                inner = "utf-8" if name == "utf-8-sig" else name
                return _decode_with(inner, body[:cut], errors), skip + cut

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self._started = False

    class Reader(StreamReader):
        def decode(self, input, errors="strict"):
            return _decode_with(name, input, errors), len(input)

    class Writer(StreamWriter):
        def encode(self, input, errors="strict"):
            return _encode_with(name, input, errors), len(input)

    for cls, kind in ((Encoder, "IncrementalEncoder"), (Decoder, "IncrementalDecoder"),
                      (Reader, "StreamReader"), (Writer, "StreamWriter")):
        cls.__name__ = cls.__qualname__ = kind
        cls.__module__ = "encodings." + name.replace("-", "_")
    Reader._incremental = Decoder
    Writer._incremental = Encoder
    return Encoder, Decoder, Reader, Writer


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._encoder = None

    def write(self, object):
        maker = getattr(self, "_incremental", None)
        if maker is not None:
            if self._encoder is None:
                self._encoder = maker(self.errors)
            data = self._encoder.encode(object)
        else:
            data = self.encode(object, self.errors)[0]
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        self._encoder = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads decoded text from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._decoder = None
        self._text = ""

    def _pull(self, size=-1):
        maker = getattr(self, "_incremental", None)
        raw = self.stream.read() if size < 0 else self.stream.read(size)
        if maker is None:
            return self.decode(raw, self.errors)[0] if raw else ""
        if self._decoder is None:
            self._decoder = maker(self.errors)
        return self._decoder.decode(raw, final=not raw or size < 0)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0:
            self._text += self._pull(size)
            out, self._text = self._text, ""
            return out
        while len(self._text) < chars:
            more = self._pull(max(chars, 64))
            if not more:
                break
            self._text += more
        out, self._text = self._text[:chars], self._text[chars:]
        return out

    def readline(self, size=None, keepends=True):
        while True:
            cut = self._text.find("\n")
            if cut >= 0:
                break
            more = self._pull(256)
            if not more:
                cut = len(self._text) - 1
                break
            self._text += more
        line, self._text = self._text[:cut + 1], self._text[cut + 1:]
        if not keepends:
            line = line.rstrip("\r\n")
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._decoder = None
        self._text = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A reader and a writer over one stream."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of `encoding`."""
    found = lookup(encoding).incrementalencoder
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of `encoding`."""
    found = lookup(encoding).incrementaldecoder
    if found is None:
        raise LookupError(encoding)
    return found


def getreader(encoding):
    """The StreamReader class of `encoding`."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of `encoding`."""
    return lookup(encoding).streamwriter

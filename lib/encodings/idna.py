"""The idna codec: internationalized domain names (RFC 3490 ToASCII/ToUnicode with the
nameprep profile of stringprep, RFC 3491), pydive's own implementation."""

import codecs
import re
import stringprep
import unicodedata

from encodings.punycode import punycode_decode, punycode_encode

# label separators: full stop, ideographic, fullwidth and halfwidth full stops
dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"

_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3,
               stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9)


def nameprep(label):
    """Map (B.1 removed, B.2 case-folded), NFKC-normalize, check prohibited characters
    and the bidi rules."""
    mapped = "".join(stringprep.map_table_b2(c) for c in label
                     if not stringprep.in_table_b1(c))
    label = unicodedata.normalize("NFKC", mapped)
    for c in label:
        if any(test(c) for test in _PROHIBITED):
            raise UnicodeError("Invalid character %r" % c)
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not rtl[0] or not rtl[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _ascii(text):
    """`text` as ASCII bytes, or None when it has other characters."""
    return text.encode("ascii") if text.isascii() else None


def _short(label, message="label empty or too long"):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError(message)


def ToASCII(label):
    plain = _ascii(label)
    if plain is None:
        label = nameprep(label)
        plain = _ascii(label)
    if plain is not None:
        return _short(plain)
    if label[:4] == sace_prefix:
        raise UnicodeError("Label starts with ACE prefix")
    return _short(ace_prefix + punycode_encode(label))


def ToUnicode(label):
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if not isinstance(label, bytes):
        plain = _ascii(label)
        if plain is None:
            plain = _ascii(nameprep(label))
            if plain is None:
                raise UnicodeError("Invalid character in IDN label")
        label = plain
    if label[:4] != ace_prefix:
        return label.decode("ascii")
    text = punycode_decode(label[len(ace_prefix):], "strict")
    back = ToASCII(text)
    if str(label, "ascii").lower() != str(back, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, back)
    return text


def _split_trailing(labels, empty):
    if labels and labels[-1] == labels[-1][:0]:
        return labels[:-1], empty
    return labels, empty[:0]


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        plain = _ascii(input)
        if plain is not None:
            parts = plain.split(b".")
            for part in parts[:-1]:
                _short(part)
            if len(parts[-1]) >= 64:
                raise UnicodeError("label too long")
            return plain, len(input)
        labels, tail = _split_trailing(dots.split(input), b".")
        return b".".join(ToASCII(label) for label in labels) + tail, len(input)

    def decode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        data = input if isinstance(input, bytes) else bytes(input)
        if ace_prefix not in data:
            try:
                return data.decode("ascii"), len(input)
            except UnicodeDecodeError:
                pass
        labels, tail = _split_trailing(data.split(b"."), ".")
        return ".".join(ToUnicode(label) for label in labels) + tail, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        labels = dots.split(input)
        tail = b""
        if labels:
            if not labels[-1]:
                tail = b"."
                del labels[-1]
            elif not final:
                del labels[-1]  # the last label may still grow
                if labels:
                    tail = b"."
        encoded = [ToASCII(label) for label in labels]
        consumed = sum(len(label) for label in labels) + len(labels) - 1 + len(tail) \
            if labels else len(tail)
        return b".".join(encoded) + tail, max(consumed, 0)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        text = input if isinstance(input, str) else str(input, "ascii")
        labels = dots.split(text)
        tail = ""
        if labels:
            if not labels[-1]:
                tail = "."
                del labels[-1]
            elif not final:
                del labels[-1]
                if labels:
                    tail = "."
        decoded = [ToUnicode(label) for label in labels]
        consumed = sum(len(label) for label in labels) + len(labels) - 1 + len(tail) \
            if labels else len(tail)
        return ".".join(decoded) + tail, max(consumed, 0)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="idna", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)

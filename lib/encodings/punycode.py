"""The punycode codec (RFC 3492), pydive's own implementation."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, count, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return max(_TMIN, min(_TMAX, k - bias))


def punycode_encode(text):
    points = [ord(c) for c in text]
    out = bytearray(c for c in points if c < 0x80)
    done = basic = len(out)
    if basic:
        out.append(0x2D)
    n, delta, bias = 0x80, 0, 72
    while done < len(points):
        m = min(c for c in points if c >= n)
        delta += (m - n) * (done + 1)
        n = m
        for c in points:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, done + 1, done == basic)
                delta = 0
                done += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(byte, errors):
    if 0x41 <= byte <= 0x5A:
        return byte - 0x41
    if 0x61 <= byte <= 0x7A:
        return byte - 0x61
    if 0x30 <= byte <= 0x39:
        return byte - 22
    if errors == "strict":
        raise UnicodeError("Invalid extended code point '%s'" % chr(byte))
    return None


def punycode_decode(data, errors):
    if isinstance(data, str):
        data = data.encode("ascii")
    if isinstance(data, memoryview):
        data = bytes(data)
    cut = data.rfind(b"-")
    if cut < 0:
        chars, rest = [], data
    else:
        chars = list(str(data[:cut], "ascii", errors))
        rest = data[cut + 1:]
    n, i, bias = 0x80, 0, 72
    pos = 0
    while pos < len(rest):
        old, w, k = i, 1, _BASE
        while True:
            if pos >= len(rest):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(chars)
            digit = _digit_value(rest[pos], errors)
            pos += 1
            if digit is None:
                return "".join(chars)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old, len(chars) + 1, old == 0)
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        i += 1
    return "".join(chars)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return punycode_encode(input), len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="punycode", encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)

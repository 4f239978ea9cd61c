"""Keyed-hashing for message authentication (pydive's hmac, RFC 2104 over lib/hashlib)."""

import hashlib as _hashlib

__all__ = ["new", "compare_digest", "digest", "HMAC"]

# translation tables: every byte XORed with the outer (0x5C) and inner (0x36) pad
trans_5C = bytes(byte ^ 0x5C for byte in range(256))
trans_36 = bytes(byte ^ 0x36 for byte in range(256))
digest_size = None


def _hash_factory(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        factory = _hash_factory(digestmod)
        self._outer, self._inner = factory(), factory()
        blocksize = getattr(self._inner, "block_size", 64)
        self.digest_size, self.block_size = self._inner.digest_size, blocksize
        # a key longer than a block is hashed first; then it is padded with zeros
        if len(key) > blocksize:
            key = factory(bytes(key)).digest()
        key = bytes(key).ljust(blocksize, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def digest(self):
        # the outer hash of the inner digest, on a copy so that update() may go on
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def _view(obj):
    # obj's bytes when it has the buffer protocol, else None
    try:
        return memoryview(obj).tobytes()
    except TypeError:
        return None


def compare_digest(a, b, /):
    """a == b in time independent of where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a, b = a.encode("ascii"), b.encode("ascii")
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    else:
        # (as the C function: two objects without the buffer protocol name both types;
        # otherwise the first that lacks it is named)
        views = [_view(a), _view(b)]
        if views == [None, None]:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for obj, view in ((a, views[0]), (b, views[1])):
            if view is None:
                raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")
        a, b = views
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0

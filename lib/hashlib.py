"""Secure hashes and message digests (pydive's hashlib, written in Python: md5, sha1, sha224,
sha256, sha384, sha512; new(), pbkdf2_hmac). The SHA-2 constants are derived from the
primes at import, as FIPS 180-4 defines them."""

import math as _math

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest"]

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)


def _primes(n):
    out = []
    k = 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _icbrt(n):
    """floor(cube root of n) for an int n >= 0."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _frac_root(p, bits, root):
    """The first `bits` bits of the fractional part of p ** (1/root)."""
    if root == 2:
        v = _math.isqrt(p << (2 * bits))
    else:
        v = _icbrt(p << (3 * bits))
    return v & ((1 << bits) - 1)


_P80 = _primes(80)
_K256 = [_frac_root(p, 32, 3) for p in _P80[:64]]
_K512 = [_frac_root(p, 64, 3) for p in _P80]
_H256 = [_frac_root(p, 32, 2) for p in _P80[:8]]
_H224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
         0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]
_H512 = [_frac_root(p, 64, 2) for p in _P80[:8]]
_H384 = [_frac_root(p, 64, 2) for p in _P80[8:16]]


class _Hash:
    """Shared buffering: subclasses define _compress(block), block_size, digest_size."""

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._buf = b""
        self._count = 0
        self._state = list(self._iv)
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        data = bytes(data)
        self._count += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        for i in range(0, n, bs):
            self._compress(buf[i:i + bs])
        self._buf = buf[n:]

    def copy(self):
        other = object.__new__(type(self))
        other._buf = self._buf
        other._count = self._count
        other._state = list(self._state)
        return other

    def hexdigest(self):
        return self.digest().hex()

    def _padded(self, length_bytes, byteorder):
        bs = self.block_size
        bitlen = self._count * 8
        pad = b"\x80" + b"\0" * ((bs - length_bytes - 1 - len(self._buf)) % bs)
        return self._buf + pad + bitlen.to_bytes(length_bytes, byteorder)

    def digest(self):
        h = self.copy()
        tail = h._padded(h._length_bytes, h._byteorder)
        for i in range(0, len(tail), h.block_size):
            h._compress(tail[i:i + h.block_size])
        out = b"".join(x.to_bytes(h._word, h._byteorder) for x in h._state)
        return out[:self.digest_size]

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & 0xFFFFFFFFFFFFFFFF


class _SHA256(_Hash):
    name = "sha256"
    block_size = 64
    digest_size = 32
    _iv = _H256
    _word = 4
    _length_bytes = 8
    _byteorder = "big"

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
        for t in range(16, 64):
            s0 = _rotr32(w[t - 15], 7) ^ _rotr32(w[t - 15], 18) ^ (w[t - 15] >> 3)
            s1 = _rotr32(w[t - 2], 17) ^ _rotr32(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & 0xFFFFFFFF)
        a, b, c, d, e, f, g, h = self._state
        for t in range(64):
            S1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + _K256[t] + w[t]) & 0xFFFFFFFF
            S0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & 0xFFFFFFFF
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & 0xFFFFFFFF, c, b, a, (t1 + t2) & 0xFFFFFFFF
        self._state = [(x + y) & 0xFFFFFFFF for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]


class _SHA224(_SHA256):
    name = "sha224"
    digest_size = 28
    _iv = _H224


class _SHA512(_Hash):
    name = "sha512"
    block_size = 128
    digest_size = 64
    _iv = _H512
    _word = 8
    _length_bytes = 16
    _byteorder = "big"

    def _compress(self, block):
        M = 0xFFFFFFFFFFFFFFFF
        w = [int.from_bytes(block[i:i + 8], "big") for i in range(0, 128, 8)]
        for t in range(16, 80):
            s0 = _rotr64(w[t - 15], 1) ^ _rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7)
            s1 = _rotr64(w[t - 2], 19) ^ _rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & M)
        a, b, c, d, e, f, g, h = self._state
        for t in range(80):
            S1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + _K512[t] + w[t]) & M
            S0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & M
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + t2) & M
        self._state = [(x + y) & M for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]


class _SHA384(_SHA512):
    name = "sha384"
    digest_size = 48
    _iv = _H384


class _SHA1(_Hash):
    name = "sha1"
    block_size = 64
    digest_size = 20
    _iv = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    _word = 4
    _length_bytes = 8
    _byteorder = "big"

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
        for t in range(16, 80):
            w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = self._state
        for t in range(80):
            if t < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif t < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif t < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            temp = (_rotl32(a, 5) + f + e + k + w[t]) & 0xFFFFFFFF
            e, d, c, b, a = d, c, _rotl32(b, 30), a, temp
        self._state = [(x + y) & 0xFFFFFFFF for x, y in zip(self._state, (a, b, c, d, e))]


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(_math.sin(i + 1)) * 2 ** 32) & 0xFFFFFFFF for i in range(64)]


class _MD5(_Hash):
    name = "md5"
    block_size = 64
    digest_size = 16
    _iv = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]
    _word = 4
    _length_bytes = 8
    _byteorder = "little"

    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & 0xFFFFFFFF)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & 0xFFFFFFFF
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & 0xFFFFFFFF
        self._state = [(x + y) & 0xFFFFFFFF for x, y in zip(self._state, (a, b, c, d))]


_CONSTRUCTORS = {"md5": _MD5, "sha1": _SHA1, "sha224": _SHA224, "sha256": _SHA256,
                 "sha384": _SHA384, "sha512": _SHA512}


def md5(data=b"", *, usedforsecurity=True):
    return _MD5(data)


def sha1(data=b"", *, usedforsecurity=True):
    return _SHA1(data)


def sha224(data=b"", *, usedforsecurity=True):
    return _SHA224(data)


def sha256(data=b"", *, usedforsecurity=True):
    return _SHA256(data)


def sha384(data=b"", *, usedforsecurity=True):
    return _SHA384(data)


def sha512(data=b"", *, usedforsecurity=True):
    return _SHA512(data)


def new(name, data=b"", **kwargs):
    """A hash object of the named algorithm."""
    cons = _CONSTRUCTORS.get(name.lower())
    if cons is None:
        raise ValueError("unsupported hash type " + name)
    return cons(data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 with HMAC as the pseudorandom function."""
    import hmac
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    inner = new(hash_name)
    dklen = dklen or inner.digest_size
    out = b""
    block = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + block.to_bytes(4, "big"), hash_name).digest()
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(inner.digest_size, "big")
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    digestobj = new(digest) if isinstance(digest, str) else digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj

"""Secure hashes and message digests (pydive's hashlib, written in Python: md5, sha1, sha224,
sha256, sha384, sha512, SHA-3/SHAKE, BLAKE2b/2s; new(), pbkdf2_hmac). The SHA-2 constants are derived from the
primes at import, as FIPS 180-4 defines them."""

import math as _math

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest"]

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b",
                         "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
                         "shake_128", "shake_256"}
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


# ---- SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge ----

def _keccak_constants():
    """The 24 round constants (from the degree-8 LFSR of FIPS 202 3.2.5) and the lane
    rotation offsets (3.2.2, walking (x, y) -> (y, 2x + 3y))."""
    reg = 1
    consts = []
    for _ in range(24):
        c = 0
        for j in range(7):
            if reg & 1:
                c |= 1 << ((1 << j) - 1)
            reg <<= 1
            if reg & 0x100:
                reg ^= 0x171
        consts.append(c)
    offsets = [0] * 25
    x, y = 1, 0
    for t in range(24):
        offsets[x + 5 * y] = (t + 1) * (t + 2) // 2 % 64
        x, y = y, (2 * x + 3 * y) % 5
    return consts, offsets


_KECCAK_RC, _KECCAK_ROT = _keccak_constants()
_M64 = 0xFFFFFFFFFFFFFFFF


def _keccak_f(a):
    for rc in _KECCAK_RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[x - 1] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M64)
             for x in range(5)]
        b = [0] * 25
        for i in range(25):
            x, y = i % 5, i // 5
            lane, r = a[i] ^ d[x], _KECCAK_ROT[i]
            b[y + 5 * ((2 * x + 3 * y) % 5)] = ((lane << r) | (lane >> (64 - r))) & _M64
        a = [b[i] ^ (~b[(i + 1) % 5 + i - i % 5] & b[(i + 2) % 5 + i - i % 5])
             for i in range(25)]
        a[0] ^= rc
    return a


class _Keccak:
    """The sponge: `block_size` is the rate in bytes; `_suffix` the domain bits."""

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._lanes = [0] * 25
        self._buf = b""
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        buf = self._buf + bytes(data)
        rate = self.block_size
        n = len(buf) - len(buf) % rate
        for i in range(0, n, rate):
            self._absorb(buf[i:i + rate])
        self._buf = buf[n:]

    def _absorb(self, block):
        lanes = self._lanes
        for i in range(len(block) // 8):
            lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        self._lanes = _keccak_f(lanes)

    def copy(self):
        other = object.__new__(type(self))
        other._lanes = list(self._lanes)
        other._buf = self._buf
        return other

    def _squeeze(self, n):
        h = self.copy()
        rate = self.block_size
        last = bytearray(h._buf + bytes([self._suffix]) + bytes(rate - len(h._buf) - 1))
        last[-1] |= 0x80
        h._absorb(bytes(last))
        out = b""
        while True:
            out += b"".join(x.to_bytes(8, "little") for x in h._lanes)[:rate]
            if len(out) >= n:
                return out[:n]
            h._lanes = _keccak_f(h._lanes)

    def digest(self):
        return self._squeeze(self.digest_size)

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f"<_sha3.{self.name} object at {hex(id(self))}>"


def _sha3_class(bits):
    return type(f"sha3_{bits}", (_Keccak,), {"name": f"sha3_{bits}", "digest_size": bits // 8,
                                              "block_size": 200 - bits // 4, "_suffix": 0x06})


class _Shake(_Keccak):
    digest_size = 0
    _suffix = 0x1F

    def digest(self, length):
        if length < 0:
            raise ValueError("length must be non-negative")
        return self._squeeze(length)

    def hexdigest(self, length):
        return self.digest(length).hex()


_SHA3 = {bits: _sha3_class(bits) for bits in (224, 256, 384, 512)}
_SHAKE128 = type("shake_128", (_Shake,), {"name": "shake_128", "block_size": 168})
_SHAKE256 = type("shake_256", (_Shake,), {"name": "shake_256", "block_size": 136})


def sha3_224(data=b"", *, usedforsecurity=True):
    return _SHA3[224](data)


def sha3_256(data=b"", *, usedforsecurity=True):
    return _SHA3[256](data)


def sha3_384(data=b"", *, usedforsecurity=True):
    return _SHA3[384](data)


def sha3_512(data=b"", *, usedforsecurity=True):
    return _SHA3[512](data)


def shake_128(data=b"", *, usedforsecurity=True):
    return _SHAKE128(data)


def shake_256(data=b"", *, usedforsecurity=True):
    return _SHAKE256(data)


# ---- BLAKE2 (RFC 7693): BLAKE2b on 64-bit words, BLAKE2s on 32-bit ones ----

_BLAKE2_SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
]
# the four G mixes of a column step, then of a diagonal step: (a, b, c, d) indices of v
_BLAKE2_MIX = [(0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
               (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)]


class _Blake2:
    """Subclasses give _w (word bits), _rounds, _rot (the G rotations), _iv, block_size,
    and MAX_DIGEST_SIZE / MAX_KEY_SIZE / SALT_SIZE / PERSON_SIZE."""

    def __init__(self, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"",
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError(f"digest_size must be between 1 and {self.MAX_DIGEST_SIZE} bytes")
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError(f"maximum key length is {self.MAX_KEY_SIZE} bytes")
        if len(salt) > self.SALT_SIZE:
            raise ValueError(f"maximum salt length is {self.SALT_SIZE} bytes")
        if len(person) > self.PERSON_SIZE:
            raise ValueError(f"maximum person length is {self.PERSON_SIZE} bytes")
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != \
                (1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError("pydive: BLAKE2 tree hashing parameters")
        self.digest_size = digest_size
        wb = self._w // 8
        h = list(self._iv)
        h[0] ^= 0x01010000 ^ (len(key) << 8) ^ digest_size
        salt = bytes(salt).ljust(self.SALT_SIZE, b"\0")
        person = bytes(person).ljust(self.PERSON_SIZE, b"\0")
        for i in range(2):
            h[4 + i] ^= int.from_bytes(salt[i * wb:(i + 1) * wb], "little")
            h[6 + i] ^= int.from_bytes(person[i * wb:(i + 1) * wb], "little")
        self._h = h
        self._count = 0
        self._buf = bytes(key).ljust(self.block_size, b"\0") if key else b""
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        buf = self._buf + bytes(data)
        bs = self.block_size
        # the last block is compressed by digest(), with the final flag: keep it
        while len(buf) > bs:
            self._count += bs
            self._compress(buf[:bs], False)
            buf = buf[bs:]
        self._buf = buf

    def _compress(self, block, last):
        w = self._w
        mask = (1 << w) - 1
        r1, r2, r3, r4 = self._rot
        wb = w // 8
        m = [int.from_bytes(block[i:i + wb], "little") for i in range(0, 16 * wb, wb)]
        v = self._h + list(self._iv)
        v[12] ^= self._count & mask
        v[13] ^= self._count >> w
        if last:
            v[14] ^= mask

        def rotr(x, n):
            return ((x >> n) | (x << (w - n))) & mask

        for r in range(self._rounds):
            s = _BLAKE2_SIGMA[r % 10]
            for k, (a, b, c, d) in enumerate(_BLAKE2_MIX):
                x, y = m[s[2 * k]], m[s[2 * k + 1]]
                v[a] = (v[a] + v[b] + x) & mask
                v[d] = rotr(v[d] ^ v[a], r1)
                v[c] = (v[c] + v[d]) & mask
                v[b] = rotr(v[b] ^ v[c], r2)
                v[a] = (v[a] + v[b] + y) & mask
                v[d] = rotr(v[d] ^ v[a], r3)
                v[c] = (v[c] + v[d]) & mask
                v[b] = rotr(v[b] ^ v[c], r4)
        self._h = [h ^ v[i] ^ v[i + 8] for i, h in enumerate(self._h)]

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._h = list(self._h)
        return other

    def digest(self):
        h = self.copy()
        h._count += len(h._buf)
        h._compress(h._buf.ljust(self.block_size, b"\0"), True)
        wb = self._w // 8
        return b"".join(x.to_bytes(wb, "little") for x in h._h)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f"<_blake2.{self.name} object at {hex(id(self))}>"


class blake2b(_Blake2):
    """BLAKE2b: digests of 1 to 64 bytes, optionally keyed, salted, personalized."""
    name = "blake2b"
    block_size = 128
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 64
    SALT_SIZE = PERSON_SIZE = 16
    _w, _rounds, _rot, _iv = 64, 12, (32, 24, 16, 63), _H512


class blake2s(_Blake2):
    """BLAKE2s: digests of 1 to 32 bytes, optionally keyed, salted, personalized."""
    name = "blake2s"
    block_size = 64
    MAX_DIGEST_SIZE = MAX_KEY_SIZE = 32
    SALT_SIZE = PERSON_SIZE = 8
    _w, _rounds, _rot, _iv = 32, 10, (16, 12, 8, 7), _H256


_CONSTRUCTORS = {"md5": _MD5, "sha1": _SHA1, "sha224": _SHA224, "sha256": _SHA256,
                 "sha384": _SHA384, "sha512": _SHA512, "sha3_224": _SHA3[224],
                 "sha3_256": _SHA3[256], "sha3_384": _SHA3[384], "sha3_512": _SHA3[512],
                 "shake_128": _SHAKE128, "shake_256": _SHAKE256, "blake2b": blake2b,
                 "blake2s": blake2s}


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

# hashlib (md5, sha1, sha2 family, copy, new, pbkdf2_hmac) and hmac
import hashlib, hmac
for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"The quick brown fox jumps over the lazy dog" * 5]:
    print([hashlib.new(n, data).hexdigest()[:24] for n in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")])
h = hashlib.sha256(); h.update(b"hello "); c = h.copy(); h.update(b"world")
print(h.hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5(b"x").digest(), "sha256" in hashlib.algorithms_guaranteed)
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hexdigest())
print(hmac.new(b"k" * 100, b"msg", hashlib.sha1).hexdigest(), hmac.digest(b"key", b"m", "md5").hex(), hmac.compare_digest(b"ab", b"ab"), hmac.compare_digest("a", "b"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2, 20).hex())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)

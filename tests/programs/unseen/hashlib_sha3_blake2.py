# SHA-3, SHAKE and BLAKE2 (keyed, salted, personalized) digests across block boundaries; copy(); hmac over them.
import hashlib
msgs = [b"", b"abc", b"a" * 135, b"a" * 136, b"a" * 137, b"x" * 1000, bytes(range(256)) * 3]
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest()[:32], h.digest_size, h.block_size, h.name)
for m in msgs:
    print(hashlib.shake_128(m).hexdigest(20), hashlib.shake_256(m).hexdigest(200)[-16:])
print(hashlib.blake2b(b"hi", digest_size=16, key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"hi", digest_size=10, key=b"k" * 32, salt=b"s" * 8, person=b"p").hexdigest())
print(hashlib.blake2b(key=b"k").hexdigest()[:20], hashlib.blake2b(b"a" * 128, key=b"k").hexdigest()[:20], hashlib.blake2s(b"b" * 64).hexdigest()[:20])
h = hashlib.sha3_256(); h.update(b"a" * 100); c = h.copy(); h.update(b"b" * 100); c.update(b"b" * 100); print(h.hexdigest() == c.hexdigest(), h.hexdigest()[:16])
h = hashlib.blake2b(); [h.update(bytes([i]) * i) for i in range(50)]; c = h.copy(); print(h.hexdigest()[:16], c.hexdigest() == h.hexdigest(), hashlib.blake2b(b"".join(bytes([i]) * i for i in range(50))).hexdigest()[:16])
print(sorted(hashlib.algorithms_guaranteed))
for bad in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17)]:
    try:
        hashlib.blake2b(b"", **bad)
    except ValueError as e:
        print("ValueError:", e)
import hmac
print(hmac.new(b"key", b"msg", "sha3_256").hexdigest()[:20], hmac.new(b"key", b"msg", hashlib.blake2s).hexdigest()[:20])
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.sha3_256().digest_size, hashlib.shake_128().digest_size)

# hmac: digests for several hash names and key lengths, copy/update, the module functions,
# compare_digest, errors.
import hashlib
import hmac


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ('md5', 'sha1', 'sha256', 'sha512'):
    for key in (b'', b'k', b'key' * 30, bytearray(b'x' * 200)):
        h = hmac.new(key, b'message', name)
        print(name, len(key), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), c.digest() == hmac.digest(b'secret', b'part one ', 'sha256'),
      hmac.new(b'secret', b'part one part two', 'sha256').hexdigest() == h.hexdigest())
print(hmac.digest(b'k', b'm', 'sha1').hex(), len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), ('abc', 'abc'), ('abc', 'abd'),
             (bytearray(b'x'), b'x'), (memoryview(b'yz'), b'yz')]:
    print(hmac.compare_digest(a, b))
attempt('mixed', lambda: hmac.compare_digest('a', b'a'))
attempt('nonascii', lambda: hmac.compare_digest('é', 'é'))
attempt('no digestmod', lambda: hmac.new(b'k', b'm'))
attempt('str key', lambda: hmac.new('k', b'm', 'sha256'))
attempt('bad name', lambda: hmac.new(b'k', b'm', 'nope'))
for a, b in [(b'a', 'a'), (1, 2), (b'a', 1), (1, b'a'), ([1], [1])]:
    attempt(f'compare {a!r} {b!r}', lambda: hmac.compare_digest(a, b))

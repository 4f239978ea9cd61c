# secrets: sizes and alphabets of tokens, the bounds of randbelow/randbits/choice, errors.
import random
import secrets
import string


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex()), len(secrets.token_hex(3)),
      len(secrets.token_urlsafe()), len(secrets.token_urlsafe(10)), secrets.token_bytes(0), secrets.token_hex(0))
print(set(secrets.token_hex(64)) <= set(string.hexdigits.lower()),
      set(secrets.token_urlsafe(64)) <= set(string.ascii_letters + string.digits + '-_'))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), all(secrets.randbits(5) < 32 for _ in range(200)),
      secrets.randbits(0), secrets.randbelow(1), secrets.choice('aaa'), secrets.choice([9]))
attempt('randbelow 0', lambda: secrets.randbelow(0))
attempt('randbelow -3', lambda: secrets.randbelow(-3))
attempt('randbits -1', lambda: secrets.randbits(-1))
attempt('choice empty', lambda: secrets.choice([]))
attempt('token neg', lambda: secrets.token_bytes(-1))
print(secrets.SystemRandom is random.SystemRandom, secrets.DEFAULT_ENTROPY, secrets.compare_digest(b'a', b'a'),
      type(secrets.SystemRandom().random()).__name__, sorted(secrets.__all__))

# bytearray slice assignment: plain slices take any length, extended slices need the same
# length (assigning nothing deletes them), values are buffers or iterables of ints.
def show(label, fn):
    c = bytearray(b'abcdef')
    try:
        fn(c)
        print(label, c)
    except Exception as e:
        print(label, type(e).__name__, e)


def gen():
    yield 65


values = [b'xy', [1, 2], bytearray(b'q'), 'str', 5, [300], memoryview(b'mm'), gen(), (),
          ['a'], range(66, 69)]
for v in values:
    r = repr(v) if not hasattr(v, '__next__') else 'generator'
    if isinstance(v, memoryview):
        r = 'memoryview'
    show(f'[1:3] = {r}', lambda c: c.__setitem__(slice(1, 3), v))
    show(f'[::2] = {r}', lambda c: c.__setitem__(slice(None, None, 2), v))


def s1(c): c[::-2] = b'123'
def s2(c): c[4:1] = b'ZZ'
def s3(c): c[1:5:2] = c
def s4(c): c[1:2] = c
def s5(c): c[-100:100] = b''
def s6(c): c[::3] = b''


for f in (s1, s2, s3, s4, s5, s6):
    show(f.__name__, f)
n = 50
sieve = bytearray([1]) * (n + 1)
sieve[0] = sieve[1] = 0
for i in range(2, int(n ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
print([i for i in range(n + 1) if sieve[i]])

# random's contract: the same numbers as CPython for the same seed, for every method and
# distribution; seeding of each seed type; state round trips; errors; subclass hooks.
import random

def show(label, *vals):
    print(label, *[repr(v) for v in vals])

for s in (0, 1, -1, 2**32, 2**32 - 1, -(2**70) + 5, 10**40, 1.5, -1.5, 0.0, -0.0, float("inf"),
          "", "a", "pydive", b"bytes", bytearray(b"ba"), True, None):
    r = random.Random(s)
    if s is None:
        print("None seed", type(r.random()))
        continue
    show("seed", s, r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
for s in ("", "a", "abc", b"xyz", "é"):
    r = random.Random()
    r.seed(s, version=1)
    show("v1", s, r.random())
r = random.Random()
r.seed(123, version=1)
show("v1 int", r.random())
for bad in ([1], {}, (1,), object()):
    try:
        random.Random(bad)
    except TypeError as e:
        print("TypeError:", e)

r = random.Random(2024)
show("ints", [r.randrange(10) for _ in range(8)], [r.randrange(3, 30, 4) for _ in range(5)],
     [r.randrange(30, 3, -4) for _ in range(5)], [r.randint(-5, 5) for _ in range(8)])
show("big", r.randrange(10**30), r.randrange(-10**20, 10**20), r.randint(0, 2**64), r.getrandbits(0))
show("bytes", r.randbytes(0), r.randbytes(1), r.randbytes(9))
seq = list(range(20))
r.shuffle(seq)
show("shuffle", seq)
show("choice", r.choice("abcdef"), r.choice(range(100)), r.choice([None]))
show("sample", r.sample(range(10), 10), r.sample(range(1000), 7), r.sample("abcdefghij", 3),
     r.sample(range(10**6), 30)[:5], r.sample(["x", "y"], 0))
show("counts", r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("ab", 2, counts=[1, 1]))
show("choices", r.choices("abc", k=10), r.choices("abc", [5, 1, 0], k=6),
     r.choices("abc", cum_weights=[1, 1, 10], k=6), r.choices(range(3)))
show("floats", r.random(), r.uniform(1, 3), r.uniform(5, -5), r.triangular(), r.triangular(0, 10, 2),
     r.triangular(3, 3), r.triangular(1, 2, 1))
show("normal", r.normalvariate(), r.normalvariate(10, 2), r.gauss(), r.gauss(), r.gauss(5, 0.5),
     r.lognormvariate(0, 1))
show("expo", r.expovariate(), r.expovariate(3), r.paretovariate(2), r.weibullvariate(1, 2))
show("vonmises", r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(2, 0.5))
show("gamma", r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1.5), r.gammavariate(0.1, 1))
show("beta", r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.betavariate(1, 1))
show("binomial", [r.binomialvariate() for _ in range(5)], r.binomialvariate(10, 0.3), r.binomialvariate(100, 0.5),
     r.binomialvariate(1000, 0.9), r.binomialvariate(50, 0.0), r.binomialvariate(50, 1.0),
     [r.binomialvariate(200, 0.2) for _ in range(5)], r.binomialvariate(0, 0.5))

errors = [
    lambda: r.randrange(0), lambda: r.randrange(-3), lambda: r.randrange(5, 5), lambda: r.randrange(5, 1),
    lambda: r.randrange(0, 10, 0), lambda: r.randrange(0, 10, -1), lambda: r.randrange(1.5),
    lambda: r.randrange(0, 2.5), lambda: r.randrange(10, step=2), lambda: r.randint(3, 1),
    lambda: r.choice([]), lambda: r.choice(""), lambda: r.sample({1, 2}, 1), lambda: r.sample({"a": 1}, 1),
    lambda: r.sample(range(3), 4), lambda: r.sample(range(3), -1), lambda: r.sample("ab", 1, counts=[1]),
    lambda: r.sample("ab", 1, counts=[0, 0]), lambda: r.sample("ab", 1, counts=[1.0, 2.0]),
    lambda: r.choices("ab", [1]), lambda: r.choices("ab", [0, 0]), lambda: r.choices("ab", [1, float("inf")]),
    lambda: r.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: r.choices("ab", 3),
    lambda: r.choices([], k=1), lambda: r.getrandbits(-1), lambda: r.getrandbits(1.5),
    lambda: r.randbytes(-1), lambda: r.gammavariate(0, 1), lambda: r.gammavariate(1, -1),
    lambda: r.binomialvariate(-1), lambda: r.binomialvariate(5, 1.5), lambda: r.binomialvariate(5, -0.1),
    lambda: r.setstate((1, (), None)), lambda: r.setstate((3, [0] * 625, None)),
    lambda: r.setstate((3, (0,) * 10, None)), lambda: r.setstate((3, (0,) * 624 + (625,), None)),
    lambda: r.setstate((3, (0,) * 624 + (-1,), None)),
    lambda: r.expovariate(0), lambda: r.paretovariate(0),
]
for i, f in enumerate(errors):
    try:
        print(i, "->", f())
    except Exception as e:
        print(i, type(e).__name__, e)

r = random.Random(99)
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2], type(st[1]).__name__)
a = [r.random() for _ in range(3)]
r.gauss()
st2 = r.getstate()
print(st2[2] is not None)
r.setstate(st)
print([r.random() for _ in range(3)] == a)
r.setstate(st2)
g = r.gauss()
r.setstate(st2)
print(r.gauss() == g)
r2 = random.Random()
r2.setstate((2, st[1], None))
print(r2.random() == a[0])
cls, args, state = r.__reduce__()
print(cls.__name__, args, state == r.getstate())
print(random.Random.VERSION, random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST)
print(sorted(random.__all__))

random.seed(5)
x = random.random()
random.seed(5)
print(x == random.random(), random.randint(1, 6), random.choice("xyz"))
st = random.getstate()
random.setstate(st)

# subclasses: random() alone drives the integer methods; getrandbits() wins when given
class OnlyRandom(random.Random):
    def __init__(self):
        self.n = 0.0
    def random(self):
        self.n = (self.n + 0.381966) % 1.0
        return self.n
o = OnlyRandom()
print([o.randrange(10) for _ in range(6)], o.choice("abcdef"), o.randint(1, 3), o.sample(range(10), 3))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(o.randrange(2**60) >= 0)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

class Bits(random.Random):
    def getrandbits(self, k):
        return k // 2
b = Bits(1)
print(b.randrange(5), b.randrange(3), b.randbytes(2))
class Both(OnlyRandom):
    def getrandbits(self, k):
        return 1
print(Both().randrange(10), OnlyRandom._randbelow is random.Random._randbelow, Both._randbelow is random.Random._randbelow)
class Sub(random.Random):
    pass
s = Sub(3)
print(s.random() == random.Random(3).random(), Sub.__mro__[1].__name__)

sr = random.SystemRandom()
v = sr.random()
print(type(v).__name__, 0 <= v < 1, sr.getrandbits(0), sr.getrandbits(5) < 32, len(sr.randbytes(5)), sr.seed(1))
print(0 <= sr.randrange(10) < 10, sr.choice("a"), sorted(sr.sample(range(3), 3)), 1 <= sr.randint(1, 2) <= 2)
for f in (sr.getstate, lambda: sr.setstate(None), lambda: sr.getrandbits(-2)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

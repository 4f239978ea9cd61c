# modules: bisect operator itertools
import random
for s in [0, 1, 42, 12345, 2**32, 2**32 + 1, 2**100 + 7, -5, 3.14, "hello", b"bytes", bytearray(b"ba"), "", "ünïcode"]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(70), random.randint(1, 6), random.randrange(0, 100, 7))
random.seed(7, version=1); print(random.random())
random.seed("abc", version=1); print(random.random())
r = random.Random(2024)
print([r.random() for _ in range(3)], r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(200))
print(r.randrange(10), r.randrange(5, 10), r.randrange(10, 0, -3), r.randint(-100, 100), r.randrange(2**80))
xs = list(range(20)); r.shuffle(xs); print(xs)
print(r.choice("abcdef"), r.choice([1, 2, 3]), r.sample(range(100), 10), r.sample(range(10000000), 5), r.sample("abcdefgh", 3), r.sample(["a", "b"], k=4, counts=[3, 2]))
print(r.choices("abc", k=5), r.choices(range(5), weights=[1, 2, 3, 4, 5], k=4), r.choices("xy", cum_weights=[1, 10], k=3))
print(r.uniform(1, 2), r.triangular(), r.triangular(0, 10, 2), r.normalvariate(), r.gauss(), r.gauss(5, 2), r.lognormvariate(0, 1), r.expovariate(2))
print(r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0), r.gammavariate(2.5, 1), r.gammavariate(1, 2), r.gammavariate(0.5, 1), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.binomialvariate(), r.binomialvariate(10, 0.3), r.binomialvariate(100, 0.4), r.binomialvariate(1000, 0.8), r.binomialvariate(5, 0), r.randbytes(10))
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); b = [r.random() for _ in range(3)]; print(a == b, st[0], len(st[1]), st[1][-1])
for _ in range(700): r.random()
print(r.random(), r.getstate()[1][-1])
for bad in (lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0), lambda: r.choice([]), lambda: r.sample(range(3), 5),
            lambda: r.getrandbits(-1), lambda: random.seed([1]), lambda: r.randrange(1.5), lambda: r.sample({1, 2}, 1), lambda: r.choices("ab", [1], k=1),
            lambda: r.gammavariate(0, 1), lambda: r.binomialvariate(-1), lambda: r.randrange(10, 1, 2), lambda: r.randrange(3, step=2)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
class Sub(random.Random):
    pass
print(Sub(5).random(), random.Random(5).random())
print(sorted(random.__all__))

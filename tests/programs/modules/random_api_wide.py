# random: for fixed seeds, every distribution and sequence method gives CPython's numbers.
import random


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for seed in (0, 1, 12345, 'text seed', b'bytes', 2 ** 100 + 7, -3, 3.25):
    r = random.Random(seed)
    print('seed', repr(seed))
    print(' ', [r.random() for _ in range(3)], r.getrandbits(70), r.randbytes(5).hex())
    print(' ', [r.randrange(10) for _ in range(8)], [r.randrange(-5, 50, 7) for _ in range(5)],
          [r.randint(1, 6) for _ in range(8)], r.randrange(10 ** 30))
    print(' ', r.choice('abcdefg'), r.sample(range(100), 5), r.sample(range(10 ** 6), 4),
          r.sample(['a', 'b', 'c'], 3, counts=[2, 1, 3]))
    items = list(range(12))
    r.shuffle(items)
    print(' ', items, r.choices('xyz', k=5), r.choices('xyz', [5, 1, 1], k=5),
          r.choices('xyz', cum_weights=[1, 1, 10], k=4))
    print(' ', r.uniform(2, 5), r.triangular(), r.triangular(0, 10, 9), r.triangular(3, 3))
    print(' ', r.normalvariate(), r.normalvariate(5, 2), r.gauss(), r.gauss(1, 3), r.gauss())
    print(' ', r.lognormvariate(0, 0.5), r.expovariate(), r.expovariate(3))
    print(' ', r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0.5, 0.0), r.vonmisesvariate(2, 0.3))
    print(' ', r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(7.5, 0.5),
          [r.gammavariate(2.2, 1) for _ in range(3)])
    print(' ', r.betavariate(2, 3), r.betavariate(0.3, 0.4), r.paretovariate(2.5), r.weibullvariate(1, 1.5))
    print(' ', [r.binomialvariate(1, 0.3) for _ in range(6)], r.binomialvariate(20, 0.2),
          r.binomialvariate(1000, 0.4), r.binomialvariate(500, 0.9), r.binomialvariate(50, 0.0),
          r.binomialvariate(7, 1.0), [r.binomialvariate(10 ** 6, 0.3) for _ in range(3)])
    state = r.getstate()
    a = [r.random() for _ in range(3)]
    r.setstate(state)
    print(' ', a == [r.random() for _ in range(3)], state[0], len(state[1]))
r = random.Random(99)
attempt('randrange empty', lambda: r.randrange(0))
attempt('randrange empty2', lambda: r.randrange(5, 5))
attempt('randrange empty3', lambda: r.randrange(5, 1, 2))
attempt('randrange step0', lambda: r.randrange(1, 5, 0))
attempt('randrange float', lambda: r.randrange(1.5))
attempt('randrange stop kw', lambda: r.randrange(5, step=2))
attempt('choice empty', lambda: r.choice([]))
attempt('sample set', lambda: r.sample({1, 2}, 1))
attempt('sample big', lambda: r.sample([1, 2], 3))
attempt('sample counts', lambda: r.sample('ab', 1, counts=[1]))
attempt('sample counts0', lambda: r.sample('ab', 1, counts=[0, 0]))
attempt('sample countsf', lambda: r.sample('ab', 1, counts=[1.5, 1]))
attempt('choices both', lambda: r.choices('ab', [1, 2], cum_weights=[1, 2]))
attempt('choices len', lambda: r.choices('ab', [1]))
attempt('choices zero', lambda: r.choices('ab', [0, 0]))
attempt('choices inf', lambda: r.choices('ab', [1, float('inf')]))
attempt('choices k', lambda: r.choices('ab', 3))
attempt('gamma', lambda: r.gammavariate(0, 1))
attempt('binomial n', lambda: r.binomialvariate(-1))
attempt('binomial p', lambda: r.binomialvariate(5, 1.5))
attempt('seed type', lambda: random.Random([1]))
attempt('bits', lambda: r.getrandbits(-1))
attempt('setstate', lambda: r.setstate((9, (), None)))
print(random.Random(5).__reduce__()[0].__name__, random.SystemRandom().getrandbits(0))
attempt('sys state', lambda: random.SystemRandom().getstate())
random.seed(2024)
print(random.random(), random.randint(1, 100), random.choice(range(50)), random.sample('abcdef', 3))
random.seed('x', version=1)
print(random.random())
random.seed(b'x', version=1)
print(random.random())


class Mine(random.Random):
    def random(self):
        return 0.75


print(Mine().randrange(8), Mine().choice('abcd'), Mine()._randbelow(10))

import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(10)])
print(random.sample(["a", "b", "c", "d", "e"], 3), random.sample(range(1000), 4), random.sample(range(10), k=3, counts=None) if False else "")
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 20], k=8))
print([round(random.gauss(10, 2), 4) for _ in range(3)], [round(random.normalvariate(0, 1), 4) for _ in range(3)])
print(round(random.lognormvariate(0, 0.5), 6), round(random.vonmisesvariate(1, 2), 6), round(random.gammavariate(2, 3), 6), round(random.paretovariate(2), 6), round(random.weibullvariate(1, 1.5), 6))
print(random.randbytes(6), random.getrandbits(1), random.getrandbits(100), random.randrange(10**30))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck); print(deck[:8])
print(random.choice(range(100)), random.choice(("x", "y")), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "")
r = random.Random(99)
print([r.random() for _ in range(2)], r.uniform(-1, 1), r.randint(-5, 5), r.choices("xy", k=3))
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)])
random.seed(1); x = random.random(); random.seed(1); print(x == random.random())
random.seed("hello"); print(random.random()); random.seed(b"hello"); print(random.random()); random.seed(-5); print(random.random())
random.seed(10**40); print(random.random()); random.seed(3.25); print(random.random())
print(random.Random(7).sample(list(range(20)), 20)[:5], sorted(random.Random(7).sample(set(range(5)) if False else list(range(5)), 2)))
s = random.Random(5)
print([s.expovariate() for _ in range(2)], s.triangular(), s.betavariate(0.5, 0.5))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(3, 1)
except ValueError as e:
    print("ValueError:", e)
sr = random.SystemRandom(); print(type(sr.random()).__name__)
def monte_carlo_pi(n, rng):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    return 4 * inside / n
print(monte_carlo_pi(20000, random.Random(0)))
walk = random.Random(42); pos = 0; path = []
for _ in range(15):
    pos += walk.choice((-1, 1)); path.append(pos)
print(path)
print(random.Random(0).shuffle([1]) is None, random.Random(123).randrange(0, 100, 7), random.Random(1).randrange(-10, 10))

# random's native Mersenne Twister core (_random.Random): seeding from ints, str, bytes,
# hashes; getstate/setstate; getrandbits; subclasses that never seed or override random().
import random
for seed in (42, 0, -7, 2**100, "hello", b"bytes", 3.5, None):
    random.seed(seed)
    if seed is None:
        print("none ok", 0 <= random.random() < 1)
        continue
    print(seed, random.random(), random.randint(1, 10**6), random.getrandbits(70), random.choice("abcdef"))
r = random.Random(5)
st = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1], len(st), st[-1])
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(1000), 5), r.choices("abc", weights=[1, 2, 3], k=6), r.uniform(1, 2), r.gauss(0, 1))
print(r.randbytes(10), r.getrandbits(0), r.getrandbits(32), r.getrandbits(33))
class Sub(random.Random):
    def __init__(self): pass
s = Sub()
print(0 <= s.random() < 1)
class Sub2(random.Random):
    def random(self): return 0.5
print(Sub2(1).random(), Sub2(1).randint(1, 100))
try: r.setstate((1, 2))
except ValueError as e: print(e)
try: r.getrandbits(-1)
except ValueError as e: print(e)
random.seed(12345)
print(sum(random.random() for _ in range(100000)))

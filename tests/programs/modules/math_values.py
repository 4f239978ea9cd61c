# math functions on ordinary values, to the last bit: gamma/lgamma (CPython's Lanczos),
# cbrt and the others from the C library, hypot/dist (vector_norm), sumprod (extended
# precision), fsum, and logarithms of ints past the float range.
import math
import random

random.seed(12345)


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


xs = ([random.uniform(-30, 30) for _ in range(60)] + [random.expovariate(0.01) for _ in range(20)]
      + [10 ** random.uniform(-300, 300) for _ in range(20)])
for name in ["gamma", "lgamma", "cbrt", "exp", "expm1", "log", "log2", "log10", "log1p", "erf",
             "erfc", "sin", "tan", "atan", "sinh", "tanh", "asinh", "sqrt", "exp2", "degrees"]:
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in xs))
for name in ["pow", "atan2", "fmod", "remainder", "hypot", "copysign"]:
    f = getattr(math, name)
    print(name, " ".join(show(f, x, y) for x, y in zip(xs, reversed(xs))))
for k in range(40):
    v = [random.uniform(-10, 10) * 10 ** random.randint(-5, 5) for _ in range(random.randint(1, 6))]
    w = [random.uniform(-10, 10) for _ in v]
    print("vec", show(math.hypot, *v), show(math.dist, v, w), show(math.fsum, v + w),
          show(math.sumprod, v, w), show(math.prod, v))
for k in range(25):
    n = random.randint(1, 10 ** random.randint(1, 400))
    print("big", show(math.log, n), show(math.log2, n), show(math.log10, n), show(math.log, n, 7),
          show(float, n))
print(math.factorial(100), math.comb(100, 37), math.perm(30, 20))

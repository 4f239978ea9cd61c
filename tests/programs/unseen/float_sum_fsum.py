# sum() of floats with 3.12's Neumaier compensation; math.fsum's infinities, NaNs, overflow and zeros
import math
cases = [[1e100, 1.0, -1e100], [0.1] * 10, [1e16, 1.0, 1.0], [1.0, 1e100, 1.0, -1e100], [0.1, 0.2, 0.3],
         [1, 2.5, 3, True, 0.1], [2**70, 0.5, 1.0], [0.5, 2**70, 1e-20], [float("inf"), 1.0], [float("inf"), -float("inf")],
         [1e308, 1e308, -1e308], [3, 0.1, 1 + 1j, 0.2], [], [1.5], [-0.0], [0.0, -0.0], [1e-16] * 10 + [1.0]]
for c in cases:
    try:
        f = repr(math.fsum([x for x in c if not isinstance(x, complex)]))
    except (ValueError, OverflowError) as e:
        f = f"{type(e).__name__}: {e}"
    print(repr(sum(c)), repr(sum(c, 0.0)), f)
print(sum([0.1] * 10) == 1.0, sum(x / 10 for x in range(1, 11)), sum([1e-300] * 3, 1e300), sum((0.1 for _ in range(1000))))
import random
rng = random.Random(7)
data = [rng.uniform(-1e10, 1e10) * 10 ** rng.randint(-20, 20) for _ in range(2000)]
print(math.fsum(data), sum(data), math.fsum([1, 1e100, 1, -1e100] * 1000), math.fsum([0.1] * 10), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([float("nan"), 1.0]), math.fsum([float("-inf"), 1e308, 1e308]), math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([]))

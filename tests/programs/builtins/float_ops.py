# float arithmetic and comparisons
import math
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (1e10, 3.0), (0.1, 0.3)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -2, (-8.0) ** 2, 4 ** 0.5)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, 1.5 > 1, -0.0 == 0.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, math.isnan(nan), [nan] == [nan])
inf = float("inf")
print(inf > 1e308, inf - inf, inf * 0, -inf < inf, 1 / inf)
print(abs(-3.5), -(-3.5), +2.5, max(1.5, 2), min(-0.0, 0.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(7 / 2, 8 / 2, -7 / 2, 1 / 3 * 3)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1e100))
print(float(10**20), 10**20 / 1, 3 * 1.1)
x = 1.0
for i in range(5):
    x = x * 1.5 - 0.25
    print(i, x)

import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.fabs(-3), math.fmod(7, -3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.pow(2, 0.5), math.floor(10**20 + 0.5))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)

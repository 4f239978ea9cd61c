# math functions over special and edge values (+-inf, nan, +-0, subnormal, huge, ints past
# the float range): CPython's results, the signs of zeros, and which error each case raises
# (ValueError "math domain error" vs OverflowError "math range error", TypeError messages).
import math

inf = float("inf")
nan = float("nan")
vals = [-inf, -1e308, -2.5, -1.0, -0.5, -0.0, 0.0, 5e-324, 0.5, 1.0, 2.0, 2.5, 10.0, 171.5,
        1e308, inf, nan, 3, -3, 0, 10**400, True]
pair_vals = [-inf, -2.5, -1.0, -0.0, 0.0, 5e-324, 0.5, 1.0, 2.0, 1e308, inf, nan, 3, 10**400]


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)


one = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "cbrt", "gamma",
       "lgamma", "erf", "erfc", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
       "tanh", "asinh", "acosh", "atanh", "fabs", "floor", "ceil", "trunc", "frexp", "modf",
       "ulp", "isqrt", "factorial", "degrees", "radians", "isfinite", "isinf", "isnan"]
two = ["pow", "fmod", "remainder", "copysign", "atan2", "hypot", "log", "nextafter", "ldexp",
       "comb", "perm", "gcd", "lcm", "isclose"]
for name in one:
    f = getattr(math, name)
    for x in vals:
        print(name, repr(x)[:20], show(f, x))
for name in two:
    f = getattr(math, name)
    for x in pair_vals:
        print(name, repr(x)[:20], *[show(f, x, y) for y in pair_vals])
for x in pair_vals:
    print("dist", repr(x)[:20], *[show(math.dist, (x, 1.0), (y, -2.0)) for y in pair_vals])

for args in [(), (1.0,), (3, 4), (inf, nan), (nan, inf), (1e308, 1e308), (5e-324, 5e-324),
             (1, 2, 3), (-0.0,), (0.0, -0.0), (1e-310, 3e-310, 2e-311)]:
    print("hypot", args, show(math.hypot, *args))
for xs in [[], [1e100, 1.0, -1e100, 1e-100], [inf, -inf], [inf, 1.0], [nan], [1e308, 1e308],
           [1e308, 1e308, -1e308], [0.1] * 10, [-0.0], [-0.0, -0.0], [1, 2**60, 3.5],
           [inf, inf], [2**1100]]:
    print("fsum", xs[:3], show(math.fsum, xs))
for a, b in [([1, 2], [3, 4]), ([1.5, 2.5], [3, 4]), ([inf], [0]), ([1e308, 1e308], [10, -10]),
             ([], []), ([1], [1, 2]), ([0.1] * 3, [0.1] * 3), ([2**70], [3]), ([nan], [1]),
             ([1, 2, 3.5], [4, 5, 6]), ([1.5, 2, 3], [True, 2, 3]), ([2**63, 1.5], [2, 2]),
             ([1, 1.5], [2**70, 2.0]), ([0.1] * 10, [0.3] * 10),
             ([1e308, 1e308, -1e308], [1.0, 1.0, 1.0]), ([True, 2], [3, 4.5])]:
    print("sumprod", show(math.sumprod, a, b))
for x in [0, 1, 2, 3, 8, 99, 10**40, 2**200 + 1, -1, 1.0, True]:
    print("isqrt", show(math.isqrt, x))
for n, k in [(5, 2), (5, 7), (-1, 2), (5, -1), (50, 25), (10**3, 3), (5, None), (5.0, 2),
             (True, True), (10**20, 10**20 - 2)]:
    print("comb/perm", n, k, show(math.comb, n, k), show(math.perm, n, k))
print("perm 1 arg", show(math.perm, 6), show(math.factorial, 20), show(math.factorial, 2.0))
for x, e in [(1.0, 1025), (1.0, -1075), (1.0, -1074), (0.5, 1024), (inf, -5), (nan, 1),
             (-0.0, 3), (3.0, 10**30), (3.0, -10**30), (1.5, 2.5), (-3.0, 10**30)]:
    print("ldexp", x, e, show(math.ldexp, x, e))
for base in [2, 10, 0.5, 1, 0, -2, 1.0, inf, 2**1000, 10**400]:
    print("log base", base, *[show(math.log, x, base)
                              for x in [8, 100, 10**400, 0.5, 1, inf, nan, 0, -1]])
for x in [10**400, 2**1023, 2**1024, -10**400, 2**1024 - 2**970, 2**1024 - 2**971]:
    print("big", show(math.log, x), show(math.log2, x), show(math.log10, x),
          show(math.sqrt, x), show(math.floor, x), show(float, x))

# fractions' contract: construction (ints, floats, strings, Rationals), normalization,
# arithmetic with ints/floats/complex, comparisons, hashing, rounding, limit_denominator,
# float-style __format__ (exact digits), errors.
from fractions import Fraction as F
import math

for args in [(3, 6), (-3, 6), (3, -6), (0, 5), (7,), (F(1, 3), F(2, 5)), (1.5,), (-0.1,), (2**70, 6)]:
    f = F(*args)
    print(args, f, repr(f), f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer())
for s in ["1/3", " -2/4 ", "+5", "3.25", "-.5", "1.", "1e3", "1.5E-2", "2e+0", "1_000/2_0", "1_0.2_5e1_0", "5 / 10",
          "0.0", "-0", "١٢٣", "\t7\n"]:
    print(repr(s), F(s))
for bad in ["", "1/", "/2", "1.2/3", "1e", "abc", "1__0", "_1", "1_", "1/-2", "1/2e3", "e3", ".", "1 2", "nan", "inf"]:
    try:
        print(repr(bad), F(bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for bad in [(1, 0), ("1/0",), (1.5, 2), ("1", 2), (None,), ([1],), (float("nan"),), (float("inf"),)]:
    try:
        print(F(*bad))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(bad, type(e).__name__, e)
a, b = F(1, 3), F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(b), a ** 2, b ** -3, a ** 0, F(0) ** 2)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a // 1, 5 % a, a % 2, divmod(7, a), divmod(a, 1))
print(a + 0.5, 0.5 + a, a * 1j, 1j * a, a - (1+2j), a / 2.0, 2.0 ** a, a ** 0.5, a ** F(1, 2), 4 ** F(1, 2), F(4) ** F(1, 2),
      2 ** F(3), 2 ** F(-1), F(-8, 27) ** F(1, 3) if False else None, (-2) ** F(2))
for op in (lambda: a // 1j, lambda: a % 1j, lambda: divmod(a, 1j), lambda: a / 0, lambda: a / F(0), lambda: F(0) ** -1,
           lambda: a // 0, lambda: a % 0, lambda: a + "x", lambda: 1j // a):
    try:
        print(op())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(a == F(2, 6), a == 1, F(2) == 2, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, F(1) == float("nan"),
      F(1) != 1, a < b, a > b, a <= 1, a >= 0.3, F(1) < float("inf"), F(1) > float("-inf"), F(1) < float("nan"), a == "x")
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)), hash(F(2**61, 3)))
print(int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)), bool(F(0)), bool(a),
      round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)), round(F(1234, 100), 1), round(F(1256), -2),
      round(F(-1, 6), 2), type(round(F(5, 2))).__name__, type(round(F(5, 2), 0)).__name__)
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(),
      F(1, 3).limit_denominator(5), F(-22, 7).limit_denominator(2), F(3, 10).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
print(F.from_float(0.1), F.from_float(3), F(0.1).limit_denominator(), F.from_float(-2.5))
for bad in ("x", F(1, 2)):
    try:
        F.from_float(bad)
    except TypeError as e:
        print("TypeError:", e)
print(F(1, 3).__reduce__(), F(5).__copy__() is not None, F(2, 3).__deepcopy__({}), F._from_coprime_ints(4, 6) if hasattr(F, "_from_coprime_ints") else "")
class Sub(F):
    pass
s = Sub(1, 2)
print(repr(s), type(s + 1).__name__, type(-s).__name__, repr(Sub("3/9")), type(s.__copy__()).__name__, s.limit_denominator(1))
specs = ["", "f", ".2f", ".0f", "#.0f", "10.3f", "<10.3f", "^10.3f", "=+10.3f", "*>12.4e", "e", ".3E", "g", ".3g", "#.3g", "G",
         ".10g", "%", ".1%", ",.2f", "_.3f", "015.3f", "015,.2f", "z.1f", "+f", " .2e", "-.1g", ".0e", ".0g", ".40f", ".20e"]
values = [F(1, 3), F(-2, 3), F(123456789, 1000), F(0), F(-1, 10**10), F(10**25, 7), F(5, 2), F(-1, 2000)]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
for bad in ["d", "x", "10", ".2", "=010f", "<05f", "z", "#", ",", "s", "0<5f"]:
    try:
        print(repr(bad), format(F(1, 3), bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(f"{F(22, 7):.5f} {F(3, 4)!s:>6} {F(1, 7):.30f}")

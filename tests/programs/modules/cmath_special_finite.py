# cmath on finite arguments near the edges CPython's formulas treat apart: near 0 and 1,
# subnormal, past sqrt(DBL_MAX/4) and log(DBL_MAX/4), and the argument conversions
# (__complex__, __float__, __index__, what is refused).
import cmath

parts = [-1.7e308, -3.7, -1.0000001, -0.999, -1e-20, 1e-320, 2.2e-308, 0.71, 1.0, 1.73,
         1e154, 1e200, 709.0, 711.0, 1e-160, -0.0]
names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "acosh", "asinh", "atanh",
         "cos", "sin", "tan", "cosh", "sinh", "tanh", "phase", "polar"]


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except (ValueError, OverflowError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)


for name in names:
    f = getattr(cmath, name)
    for x in parts:
        print(name, x, *[show(f, complex(x, y)) for y in parts])
for x in parts:
    print("rect", x, *[show(cmath.rect, x, y) for y in parts])


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 0.5


class I:
    def __index__(self):
        return 3


for a in [C(), F(), I(), 2, True, "1", None, 1.5]:
    for name in ["sqrt", "exp", "phase", "isnan"]:
        print(name, type(a).__name__, show(getattr(cmath, name), a))
    print("rect", type(a).__name__, show(cmath.rect, a, 1), show(cmath.rect, 1, a))
    print("log", type(a).__name__, show(cmath.log, 3, a))
print(show(cmath.isclose, 1, 1 + 1e-10j), show(cmath.isclose, 1, 1.1, rel_tol=0.2),
      show(cmath.isclose, 1, 1, rel_tol=-1))
print(show(cmath.isclose, 1.7e308 + 1.7e308j, 0), show(cmath.isclose, 1e-10, 0, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)

# cmath over a grid of real and imaginary parts taking every special kind (+-inf, nan, +-0,
# negative and positive finite, huge, subnormal): CPython's special-value tables, the errors
# it signals (ValueError "math domain error", OverflowError "math range error") and the signs
# of zeros, compared through repr().
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, inf, nan, 1e300, 5e-324, 710.5]
names = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "acosh", "asinh", "atanh",
         "cos", "sin", "tan", "cosh", "sinh", "tanh", "phase", "polar", "isfinite", "isinf",
         "isnan"]


def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)


for name in names:
    f = getattr(cmath, name)
    for x in parts:
        print(name, *[show(f, complex(x, y)) for y in parts])
for x in parts:
    print("rect", *[show(cmath.rect, x, y) for y in parts])
    print("log base", *[show(cmath.log, complex(x, y), complex(y, 1.0)) for y in parts])
    print("log 2 base", *[show(cmath.log, 2.0, complex(x, y)) for y in parts])
    print("isclose", *[(cmath.isclose(complex(x, y), complex(y, x)),
                        cmath.isclose(complex(x, y), complex(x, y))) for y in parts])

# cmath.sinh/cosh of finite arguments, including those past log(DBL_MAX) where the factor
# e is taken out first, and the OverflowError when the result itself is too large.
import cmath
vals = [0.0, -0.0, 1.5, -2.0, 700.0, -710.0, 711.0, 720.0, 1e308]
for f in (cmath.sinh, cmath.cosh):
    for x in vals:
        for y in (0.0, -0.0, 1.0, -3.0, 1e-300):
            try:
                print(f.__name__, x, y, f(complex(x, y)))
            except (OverflowError, ValueError) as e:
                print(f.__name__, x, y, type(e).__name__, e)

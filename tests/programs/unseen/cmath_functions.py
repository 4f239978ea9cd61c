"""cmath over a spread of values: roots, logs, trig and hyperbolic functions, polar form."""
import cmath, math
vals = [1+2j, -3+0.5j, 0.25-0.75j, 2, -1, 1e-3+1e-3j, 10+20j, -0.5, 3j, -4-4j, 0.9+0.1j]
for f in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar"]:
    out = []
    for v in vals:
        try:
            out.append(getattr(cmath, f)(v))
        except ValueError as e:
            out.append(str(e))
    print(f, out)
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.rect(2, math.pi / 4), cmath.isclose(1+1j, 1+1.0000000001j))
for bad in [0, 0j]:
    try:
        cmath.log(bad)
    except ValueError as e:
        print(e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.exp(0), cmath.exp(1j * cmath.pi))
try:
    cmath.sqrt("x")
except TypeError as e:
    print(e)

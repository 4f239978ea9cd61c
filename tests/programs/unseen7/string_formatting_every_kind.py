import math
from decimal import Decimal
from datetime import date, datetime

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.c, spec) + "°C"
    def __repr__(self):
        return f"Temp({self.c!r})"
    def __str__(self):
        return f"{self.c} degrees"

t = Temp(21.5)
name, n, pi = "Ada", 42, math.pi
print(f"{name!r} {name!s} {name!a} {'é'!a} {t} {t!r} {t:.1f} {t:.0F} {t:F}")
print(f"{n:>8} {n:<8}| {n:^8} {n:08b} {n:#x} {n:#o} {n:+d} {-n: d} {n:_b} {10**9:,}")
print(f"{pi:.3f} {pi:10.4e} {pi:%} {pi:.2%} {pi:g} {1e20:g} {1e-7:g} {pi:+.2g} {0.0001:.1e}")
print(f"{123456789.123:,.2f} {123456789.123:_.1f} {-0.0:.1f} {float('inf'):>6} {float('nan'):^7}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}] [{n:{'>' if n > 0 else '<'}{width}}]")
print(f"{n=} {pi=:.2f} {name = } {n * 2 = }")
print(f"{'nested {braces}'} {{literal}} {3+4} {[1, 2][1]} {dict(a=1)['a']}")
print("%s %r %d %5.2f %-6s| %06.2f %x %X %o %e %% %c %c" % ("s", "r", 3.9, 2.345, "ab", 3.14159, 255, 255, 8, 12345.678, 65, "z"))
print("%(a)s-%(b)05d" % {"a": "A", "b": 42}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%i %u %g %G %10.3s|" % (7, 8, 1e-10, 1e20, "abcdef"))
print("{} {} {}".format(1, "two", 3.0), "{1} {0} {1}".format("a", "b"), "{x}/{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[key]} {2.real} {2.imag}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{!r:>10} {:%Y-%m-%d} {:,d}".format("x", date(2024, 2, 29), 1234567))
print("{0:{1}}|{0:>{1}}|".format("ab", 6), "{:.{}f}".format(math.e, 4))
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("0.000012"), "e"), f"{Decimal('3.14159'):.3}")
print(format(12345, "n"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), round(0.125, 2), round(0.375, 2))
print(repr(0.1 + 0.2), 1 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 0.1 * 3, 100.0, -1e300 * 1e10)
print(str(1.0), repr(1e22), repr(1e23), 5e-324, 2 ** 0.5, float("1e500"), float.fromhex("0x1.8p1"), (0.1).hex())
print(f"{datetime(2024, 1, 5, 9, 3, 7):%A %d %B %Y %H:%M:%S %j %p %I}", f"{date(2024, 12, 31):%U %W %a %b %y}")
print(f"{'left':<{width}}|{'right':>{width}}|", f"{b'bytes'!r}", f"{None!s:>5}", f"{True:d}", f"{True}")
print("{:=+8.2f}|{:=08d}|{:0=8}".format(3.14159, -42, -7), format(-42, "08"), format(42, "=8"))
print("{:c}".format(9731), format(1j, ""), format(1.5 + 2j, ".1f"), format(complex(0, -0.0)))
print(str.format("{a}{b}", **{"a": 1, "b": 2}), "{0!s:.2}".format(["x", "y"]))
for bad in ("{:d}".format, "{0} {2}".format, "{x}".format, "{:>>>}".format, "%d %d".__mod__):
    try:
        print(bad(1.5))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    f"{n:z}"
except ValueError as e:
    print(e)
print(f"{-0.0:z.1f} {1234:,} {0.1234:,.3%}", "{:,}".format(10**20), f"{12.5:#.0f}", f"{12:#x}", f"{1e6:#g}")

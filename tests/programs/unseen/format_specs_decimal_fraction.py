# Format specs across types: __format__ hooks, Decimal and Fraction presentation types, nested
# width/precision fields, %-formatting flags, and the errors of bad specs.
from decimal import Decimal
from fractions import Fraction
import datetime
class P:
    x = 3; y = [1, 2]
    def __format__(self, spec): return f"P<{spec}>"
print("{0.x} {0.y[1]} {0:abc} {1!r:^9}|".format(P(), "s"), f"{P():>5}", format(P()))
for v in [Decimal("1234.5678"), Decimal("-0.000123"), Decimal("1E+5"), Decimal("NaN"), Decimal("-Infinity"), Decimal("0.5")]:
    print(f"{v:.2f}|{v:,.3f}|{v:e}|{v:g}|{v:>12}|{v:%}|{v:.0f}|{v}")
for v in [Fraction(1, 3), Fraction(-7, 2), Fraction(22, 7)]:
    print(f"{v:.3f}|{v:>8.2f}|{v:.2e}|{v:.1%}|{v:g}|{v:+.4g}")
print(f"{1e-7:.3g} {123456789:.3e} {0.0001234:.2%} {-1.5:+08.2f} {3:+} {-3: } {3: }")
print(f"{12345.6789:10.2f}|{12345.6789:<10.1f}|{12345.6789:^10.0f}|{12345.6789:010,.1f}|{-12345:011,}")
print(f"{255:#06x} {255:#010b} {-255:#x} {255:X} {1e3:E} {float('nan'):F} {float('-inf'):G}")
print(f"{'abc':.2s}|{'abc':>{5}.{1}}|{'x':\u2500^7}|{'left':<8}|{'right':>8}|")
print("%s|%r|%a|%5d|%-5d|%05.1f|%+d|% d|%o|%#o|%e|%g|%G" % ("é", "é", "é", 42, 42, 3.14159, 5, 5, 8, 8, 12345.678, 0.00001234, 1e20))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%c%c" % ("x", 0x263A), "%.*f" % (2, 3.14159), "%*d|" % (5, 42), "%-*d|" % (5, 42))
print("{:,}".format(1234567.891), "{:_}".format(10**10), "{:.3}".format("abcdef"), "{:c}".format(65), "{!s}".format(b"x"))
print("{:>10}".format(datetime.date(2024, 1, 2)), "{:%Y/%m}".format(datetime.date(2024, 1, 2)), f"{datetime.time(9, 5):%H:%M}")
print(f"{True:>6}|{None!r:>6}|{[1, 2]!s:>8}|{(1,)}|{ {'a': 1} }|{3+4j:.1f}|{complex(1, -2):>10}")
print(f"{1234.5:n}", f"{1234:n}", f"{0.1:.17f}", f"{2/3:.15g}", f"{1e16:,.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.5:.0f}")
nested = {"w": 12, "p": 3}
print(f"{3.14159265:{nested['w']}.{nested['p']}f}|", "{:{w}.{p}f}|".format(2.71828, **nested), "{0:{1}}".format("x", ">4"))
try:
    f"{'x':=5}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(Decimal("1.5"), "x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{a.b}".format(a=1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "%(a)s %s" % {"a": 1}
except TypeError as e:
    print("TypeError:", e)

from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation
from fractions import Fraction

vals = [0, 7, -42, 1234567, 255]
for v in vals:
    print(f"[{v:>8}] [{v:<8}] [{v:^8}] [{v:*^9}] [{v:+d}] [{v: d}] [{v:08d}] [{v:,}] [{v:_x}] [{v:#o}] [{v:#X}] [{v:#b}]")
for f in [3.14159, -0.0, 1e10, 1234.5678, 1e-7, float('inf'), float('nan'), 2.5]:
    print(f"[{f:10.3f}] [{f:<12.4e}] [{f:g}] [{f:+.2%}] [{f:,.2f}] [{f:010.2f}] [{f:.0f}] [{f:#.0f}] [{f:=+12.3f}] [{f!r}]")
for d in [Decimal("1234.5678"), Decimal("-0.00012"), Decimal("1E+5"), Decimal("NaN"), Decimal("12.500")]:
    print(f"[{d:>12}] [{d:.2f}] [{d:,.3f}] [{d:e}] [{d:.3g}] [{d:%}] [{d!r}] [{d!s}]")
fr = Fraction(22, 7)
print(f"{fr} {fr!r} {fr:.5f} {float(fr):.3e}")
try:
    print(f"{fr:>10}")
except ValueError as e:
    print("ValueError:", e)
print(f"{Fraction(1, 3):.10f} {Fraction(-5, 4):+.2f}")
name = "café"
print(f"{name!r} {name!a} {name!s:>8}|{name:^10}|{name:.2}")
width, prec = 12, 3
print(f"[{3.14159265:{width}.{prec}f}] [{'x':{'>'}{width}}]")
print("{0:{1}{2}}".format(42, "<", 6) + "|")
print("{:{fill}{align}{w}}".format("hi", fill="-", align="^", w=10))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("%5d|%-5d|%05d|%+d|%x|%X|%#o|%e|%.3g|%s|%r|%%|%c" % (42, 42, 42, 42, 255, 255, 8, 12345.678, 0.000123456, "s", "r", 65))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7})
print("%-10s|%10.4s|" % ("left", "truncated"))
print("%.2f %10.1e %g %G" % (2.675, 123456.0, 1e20, 1e-20))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("10") ** 20)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("1.1") + Decimal("2.2"), Decimal("3.0") * Decimal("1.50"))
print(Decimal("7").as_tuple(), Decimal("-1.50").as_tuple())
print(Decimal(0.1))
print(round(Decimal("2.5")), round(Decimal("3.14159"), 2))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(0.5), Fraction(1, 3) ** 2)
print(Fraction(7, 3).limit_denominator(2), Fraction(355, 113).as_integer_ratio())
print(Fraction(-7, 2) // 1, Fraction(-7, 2) % 1, round(Fraction(5, 2)), round(Fraction(7, 2)))
print(repr(Fraction(10, 4)), Fraction(3.75).limit_denominator(10))
print(format(1234567.891, "_.2f"), format(-1234, "=+10,"), format(10**20, ","))
print(format(0.5, ".0%"), format(1/3, ".3"), format(1e16, ""), format(123.0, "n"))
print(format(True, "d"), format(3, "c"), format(65, "c"), format(3.0, "05"))
print(f"{'abc':=>7}", f"{12:=^+7}")
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    format(5, ",_")
except ValueError as e:
    print("ValueError:", e)

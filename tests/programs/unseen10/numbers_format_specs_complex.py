import math
from fractions import Fraction

vals = [0.1 + 0.2, 1e16, 1e-7, 123456789.125, 2.5, -0.0, float("inf"), float("nan"), 1/3, 1e22, 5e-324]
for v in vals:
    print(repr(v), str(v), round(v, 2) if math.isfinite(v) else "-", f"{v:g}|{v:.3e}|{v:,.2f}|{v:_.1f}|{v:%}|{v:+.0f}")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5)], round(2.675, 2), round(1.005, 2), round(12345, -2), round(-15, -1))
print(round(2.5, None), type(round(2.5)), type(round(2.5, 0)), round(1e300, -300))
for n in (0, 7, -42, 255, 1234567, 2**64):
    print(f"{n:#x}|{n:#o}|{n:#b}|{n:08.3f}|{n:=+10}|{n:*^12,}|{n:_x}|{n:c}" if 32 <= n < 0x110000 else f"{n:#X}|{n:,}|{n:=10}|{n:e}")
w, p = 12, 3
print(f"[{math.pi:{w}.{p}f}] [{math.pi:<{w}.{p}}] [{'txt':{'>'}{w}}] [{-3.5:=10.2f}] [{3:0=8}]")
print(format(1234.5678, "015,.2f"), format(-1234.5, "010"), format(0.000012345, ".3g"), format(123456789, ".3g"), format(1e100, "f")[:20])
print(format(12.0, "g"), format(12.0, "#g"), format(0.5, ".0%"), format(1.0, ".0e"), format(100, "e"), format(3.0, "n"))
for bad in ["x", ",d", ".2d", "=s", "+s", "#s", "_,"]:
    for value in (5, "s", 2.0):
        try:
            format(value, bad)
        except (ValueError, TypeError) as e:
            print(f"{bad!r} {type(value).__name__}: {type(e).__name__}: {e}")
c = complex(1.5, -2)
print(c, repr(complex(0, 1)), complex(-0.0, -0.0), f"{c:.2f}", f"{c:>20}", f"{c:e}", format(1j, ""), complex("1+2j"), abs(3+4j))
try:
    format(c, "%")
except ValueError as e:
    print(e)
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0b101", 0), ("z", 36), ("12", 3), ("  42  ", 10), ("1_000", 10), ("010", 0), ("9", 8), ("", 10), ("1__0", 10), ("١٢", 10)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError:", e)
for bad in [(1.5, 10), ("5", 37), ("5", -1)]:
    try:
        int(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(" -7 "), int(3.99), int(-3.99), int("+0"), float(" 1e3 "), float("-inf"), float("nan") != float("nan"))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5), (-0.0, 1)]:
    print(a, b, divmod(a, b), a // b, a % b, math.fmod(a, b), math.remainder(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(e)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.comb(52, 5), math.perm(10, 3), math.perm(5), math.prod([1, 2, 3, 4], start=10), math.prod([]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(10**20 + 1), math.factorial(25), math.log(8, 2), math.log10(1000), math.log2(1024), math.hypot(3, 4, 12))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.copysign(3, -0.0), math.dist((0, 0), (3, 4)))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.comb(3, -1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000)]:
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
fr = Fraction(3, 4)
print(fr + Fraction(1, 6), fr * 2, fr / 3, fr ** 2, -fr, abs(-fr), fr == 0.75, fr < 1, Fraction("2.5"), Fraction(0.1), Fraction("1/3") + 1)
print(Fraction(0.1).limit_denominator(100), Fraction(355, 113).limit_denominator(10), float(Fraction(1, 3)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(repr(Fraction(6, -4)), str(Fraction(6, -4)), Fraction(5).is_integer(), Fraction(7, 3).as_integer_ratio(), math.floor(Fraction(-7, 2)), f"{Fraction(1, 3):.5f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    Fraction("abc")
except ValueError as e:
    print(e)
print(2 ** 100, 2 ** -2, (-8) ** (1/3), pow(3, 4, 5), pow(3, -1, 7), 10 ** 20 // 7, -(10 ** 20) // 7, (10 ** 30) % 997)
print(hex(2**70), bin(-5), oct(64), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (2**70).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 0)
print(float(2**70), 2**70 == float(2**70), 10**400 > 1e308, (1 << 1000) % 1000, str(7**77)[:20])
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e-5, 1e-4, 123e-20, 1.5e+16)
for c in [1.5-2j, 2j, -0.0+1j, complex(1e20, 1e-5)]:
    row = []
    for spec in ["%", "d", "n", ".3n", "+", " ", "+.2", "+>20", "-", "#g", ".0f"]:
        try:
            row.append(format(c, spec))
        except ValueError as e:
            row.append(str(e))
    print(" | ".join(row))

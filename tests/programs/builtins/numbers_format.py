# numbers and their formatting: format(), %, f-strings, round, divmod, int/float conversions
vals = [0, 1, -1, 7, 255, 1000000, -123456789, 2**70]
for v in vals:
    print(format(v, "d"), format(v, ","), format(v, "x"), format(v, "#o"), format(v, "b")[:20], format(v, "e"), format(v, ">12"), f"{v:+_}")
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-10, 1.23e21, 100.0, 2.5, 0.1 + 0.2, float("inf"), float("nan")]
for f in fl:
    print(repr(f), str(f), format(f, ".2f"), format(f, "e"), format(f, "g"), format(f, ".3g"), format(f, "%") if f == f else "nan%", f"{f:10.4f}|{f:<10}|{f:^+10.1f}")
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234.5, -2), round(7), round(7.0), round(2.675, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), 7 // -2, -7 % 3, 7.0 // 2, 2 ** -1, 2 ** 0.5, pow(3, 4, 5))
print(int("  42 "), int("-0x1F", 16), int("0b101", 0), int("z", 36), int(3.99), int(-3.99), float("1e3"), float(" -inf "), float("1_000.5"))
print(abs(-3), abs(-3.5), max(1, 2.5), min([3, 1, 2]), sum([0.1] * 10), sum(range(101)), 10 / 4, 10 // 4, 10 % 4, -10 // 4)
big = 1e15
print(1 / 3, 2 / 3, 10 / 3, 1e16, big + 0.3, 123456789.123456789, 1 / 7 * 7, 0.1 * 3, 9007199254740993, float(9007199254740993))
print(hex(255), oct(8), bin(5), hex(-1), int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"), (5).bit_length(), (-1).bit_length())
print((3.0).is_integer(), (2.5).as_integer_ratio(), (10).__format__("03d"), 3 .real, (1.5).real, True + True, 5 * True)
print("%d %i %5d %-5d| %05.1f %.3e %g %G %c %r %% %s" % (1, 2, 3, 4, 5.55, 12345.6789, 0.00001234, 1e20, 65, "r", [1]))
print("%(a)s-%(b)05.2f" % {"a": "x", "b": 2.5}, "%*d" % (5, 42), "%.*f" % (2, 3.14159), "%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.pi, math.inf > 1e308)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: int("1.5"), lambda: float("x"), lambda: format(1, "s"),
            lambda: format("s", "d"), lambda: "%d" % 1.5j, lambda: 2 ** 10000 * 1.0, lambda: math.sqrt(-1), lambda: int(float("inf")), lambda: round(1, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# float and int formatting corners against CPython: format() with every float type and
# flag, repr/str, round(x, n) at the NDIGITS limits, hex/fromhex, int(float) of big values,
# int.__format__ with grouping, bases and 'c', printf-style %, and random floats.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
inf = float("inf"); nan = float("nan")
fl = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2.5, 3.5, 1e16, 1.5e16, 123456789.125, 1e-5, 1.234e-7, 5e-324, 1.7976931348623157e308, 1e22, 1e21, 9.999999e15, 0.5, 1.25, 2.675, inf, -inf, nan, 100.0, 1e100, 12345.6789]
specs = ["", "g", ".3g", ".0g", "#g", ".10g", "e", ".2e", ".0e", "#.0e", "E", "f", ".2f", ".0f", "#.0f", "%", ".1%", "n", ".3n", ",", ",.2f", "_.3f", "+.1f", " .1e", "015.3f", "<12.1f", "^12g", "=+12.2f", "012g", "z.1f", ".20f", ".17g", "G", "F", "r" ]
for x in fl:
    print(repr(x), str(x), *[show(lambda: format(x, s)) for s in specs])
    print("  round", *[show(lambda: round(x, n)) for n in (None, 0, 1, 2, 3, -1, -2, 400, -400)], show(lambda: x.hex()), show(lambda: int(x)), show(lambda: x.as_integer_ratio()), show(lambda: x.is_integer()))
for h in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp1023", "0x1p1024", "inf", "-nan", "0X1.4P+3", "1.5", "0x.8", "0x1.", " 0x1p0 ", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "0xg"]:
    print("fromhex", h, show(lambda: float.fromhex(h)))
ints = [0, 1, -1, 255, -255, 65, 10**20, -10**20, 2**64, 1234567, True]
ispecs = ["", "d", ",", "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "_x", "c", "08d", "+d", " d", "<8", "^8", "=8", "e", ".2f", "%", "g", "n", ",d", "#_x", "08_d", "010,d", "-#10x"]
for i in ints:
    print("int", i, *[show(lambda: format(i, s)) for s in ispecs])
for s in ["1e308", "1e309", "-0.0", "nan", "  12.5  ", "1_000.5", "0x10", "1e-400", "4.9e-324", "2.4703282292062328e-324"]:
    print("float()", repr(s), show(lambda: float(s)))
for x in [1e300, 1.5e300, 2.0**1000, -2.0**70 - 2**18, 1e16 + 1, 9007199254740993.0]:
    print("int(float)", show(lambda: int(x)), show(lambda: round(x)), show(lambda: x.__trunc__()), show(lambda: x // 1), show(lambda: divmod(x, 7)))
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (1.005, 2), (2.5, 0), (-0.5, 0), (1e300, -299), (123.456, -1), (5e-324, 323), (0.5, None), (1.5, None), (-2.5, None)]:
    print("round", x, n, show(lambda: round(x, n)))
print("%g %e %f %.3g %10.4f %-10.2e| %+g %G %E %%" % (1234567.0, 0.000123, 1/3, 2.5, 3.14159, 12345.678, 0.0, 1e-10, 1e100))
print("%r %s %a %5.1f %x %o %X %c" % (0.1, 0.1, 0.1, -0.05, 255, 8, 255, 65))
import random
random.seed(7)
for _ in range(150):
    x = random.choice([random.random(), random.uniform(-1e6, 1e6), 10 ** random.uniform(-30, 30),
                       random.randint(-10**6, 10**6) / 8])
    n = random.randint(-3, 12)
    print(repr(x), round(x, n), format(x, ".%dg" % random.randint(1, 17)),
          format(x, ".%de" % random.randint(0, 16)), format(x, ",.%df" % random.randint(0, 8)),
          x.hex(), float.fromhex(x.hex()) == x)

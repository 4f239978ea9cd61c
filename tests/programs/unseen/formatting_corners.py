"""int/float/str formatting corner cases: repr, round-trip, format specs, % and str.format."""
vals = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789012345678.0, 1e-4, 1e-5, 1.5e300, 5e-324, float("nan"), float("-inf")]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3g}", f"{v:e}", f"{v:.2f}", f"{v:10.4}", f"{v:+}")
for n in [0, 7, -7, 255, 10 ** 18, -(2 ** 63), 2 ** 100]:
    print(f"{n:d}|{n:5d}|{n:<6}|{n:^7}|{n:x}|{n:#o}|{n:,}|{n:_}|{n:+,}|{n:e}|{n:.2%}")
print(f"{12345.6789:,.2f} {12345.6789:_.3f} {-0.5:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-1.25:.1f}")
print(f"{3.14159:08.3f} {-3.14159:08.3f} {3.14159:+08.3f} {3.14159: .2f} {42:=+8} {42:0=8} {-42:010,}")
print(f"{'abc':5}|{'abc':>5}|{'abc':^6}|{'abc':.2}|{'abc':x<6.1}|{'':*^4}|")
print(f"{1e100:.3e} {1234.5:.0e} {0.000123:.2e} {1e-10:f} {123.456:.10g} {1e21:.0f}")
print(f"{10:b} {10:o} {10:X} {-10:#x} {0:#b} {True:d} {False:x} {ord('A'):c}")
print(f"{0.1:.17f} {0.1:.20g} {1/7:.15} {2**0.5!r} {2**0.5!s} {'x'!r:>5}")
print("%5s|%-5s|%.1s|%r|%a" % ("ab", "ab", "ab", "é", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %%" % (1, 2, 3, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5e-7, 1.5e20))
print("%+d % d %05d %-5d| %.3d %5.1f %-8.2e| %#x %#o" % (5, 5, -5, 5, 7, 2.25, 12345.678, 255, 8))
print("%(name)s is %(age)d years" % {"name": "Bo", "age": 7}, "%c%c" % (72, "i"), "%s" % [1, 2], "%s" % (None,))
print("{:>{w}.{p}f}|{:{fill}^{w}}".format(3.14159, "mid", w=10, p=2, fill="~"))
print("{0!r:>8} {0!s:<8}| {1[0]} {1[1][k]} {2.real}".format("s", [1, {"k": "v"}], 3 + 4j))
print("{:,}".format(1234567.891), "{:.3}".format("truncate"), "{:n}".format(1234567), "{{literal}}".format())
print(format(1234.5678, "10.2f"), format(0.000012345, ".3"), format(12, "03"), format("s", "^3"), format(2 ** 64, "x"))
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int(" 42 "), int("-1_000"), int("z", 36), float("1_000.5"), float(" -1e3 "))
print(str(1e22), str(1e-7), repr(1.0e-6), 1e16 / 3, 2.0 ** 53 + 1, 0.1 * 3, 1.1 + 2.2, round(0.1 + 0.2, 15))
print(float.fromhex("0x1.8p1"), (0.5).hex(), (3.0).as_integer_ratio(), (0.1).as_integer_ratio(), 7.0.is_integer())
print(int(1e20), int(-2.9), int(2.9), 10 / 4, 10 // 4, -10 // 4, 10 % -3, 2 ** -1, pow(3, 4, 5), pow(2, -1, 7))
print(bin(-5), oct(64), hex(-255), (255).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else "", abs(-0.0))
print(f"{1234567890123456789012345678901234567890:,}", 10 ** 30 // 7, -(10 ** 30) % 7, divmod(-(10 ** 20), 3))
try:
    f"{'s':d}"
except ValueError as e:
    print(e)
try:
    f"{1.5:d}"
except ValueError as e:
    print(e)
try:
    f"{5:.2s}"
except ValueError as e:
    print(e)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print(e)
try:
    int("1e3")
except ValueError as e:
    print(e)
try:
    float("1,5")
except ValueError as e:
    print(e)
try:
    f"{1:,d}" + f"{1:=^,}"
except ValueError as e:
    print(e)

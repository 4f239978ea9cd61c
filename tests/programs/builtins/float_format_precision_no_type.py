# A float format with a precision and no presentation type is like 'g', but switches to
# scientific notation one exponent earlier and keeps a '.0' on whole numbers.
cases = [1.5, 0.0, -0.0, 2.5, 9.99, 10.0, 123.0, 1234.5, 0.0001, 0.00001234, 1e16, 1e22,
         123456789.0, 0.5, 100.0, float("inf"), float("nan")]
for p in (1, 2, 3, 6):
    print(p, [format(x, f".{p}") for x in cases])
for x in cases[:8]:
    print(f"{x:.3}|{x:.3g}|{x:10.2}|{x:<+10.1}|{x:#.1}|{x:#.3g}")
print(str(1e16), repr(1e15), str(0.0001), str(1e-5), f"{1e16}", f"{12345678901234567.0}")
print(format(1.5, ".1"), format(0.0, ".1"), format(0.0, ".1g"), format(1.0, ".1"), format(10.0, ".2"))
print("%.1g %.2g %g" % (1.5, 123.0, 1e16))
print(format(complex(1.5, 0.0), ".1"), format(2.5 + 10j, ".2"))
# complex: no type with a precision is 'g' for both parts, parenthesized unless real is +0.0
for z in [10j, -10j, complex(-0.0, 1), complex(1.5, 0), complex(1.5, -2.25), complex(0, 0)]:
    print(repr(format(z, ".2")), repr(format(z, ">12.1")), repr(format(z, "+.3")), repr(format(z, "")))

# float repr: shortest round-trip digits, exponents, specials
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 1.7976931348623157e308, 3.141592653589793,
        2.5, -7.25, 100.0, 1e22, 1e23, 12345.6789, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1.5"), float(" -2.25 "), float("1e3"), float("1_000.5"), float(7))
print(1e308 * 10, -1e308 * 10)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((255.5).hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(1e20))
print(int(1e20), int(-2.5e10))
print(float.__name__, type(1.0))
print([0.1 * i for i in range(10)])

# int() and float() parsing and their error messages
for s in ["12", "-12", "+12", " 12\n", "1_2", "0x10", "010", "0", "00", "१२", "12.0", "", " ", "1__2", "_1", "1e3", "abc"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, base in [("10", 2), ("zz", 36), ("0x1f", 16), ("0b11", 0), ("0o7", 8), ("12", 3), ("ff", 15), ("0_1", 0), ("08", 0)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, "ValueError:", e)
for s in ["1.5", "-.5", "1e-3", "inf", "-Infinity", "nan", "1_0.0_1", "0x1p3", "1.5.2", "", "e5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", base=1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(b"42"), int(bytearray(b"7")), float(b"2.5"), int(" -0 "), int(True), int(1e18))

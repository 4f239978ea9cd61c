# struct: sizes and native alignment, integer/float/half/bool/char/string codes, byte orders, errors; math.ldexp at the subnormal edge
import struct
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("@bq"), struct.calcsize("=bq"), struct.calcsize("3s2x"), struct.calcsize("@hid"))
print(struct.pack("<hHiIqQ", -2, 65535, -1, 4000000000, -(2**63), 2**64 - 1))
print(struct.pack(">i", 1), struct.pack("!H", 258), struct.pack("@bi", 1, 2), struct.pack("?c3s5p", True, b"z", b"abcdef", b"hi"))
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e308, 5e-324, 1e-310, float("inf"), float("-inf"), 3.4028234663852886e38, 1e-45, 65504.0, 6e-8]:
    print(struct.pack("<d", x).hex(), struct.pack("<f", x).hex() if abs(x) < 3.5e38 else "-", struct.unpack("<d", struct.pack("<d", x))[0], struct.unpack("<f", struct.pack("<f", x))[0] if abs(x) < 3.5e38 else "-")
print(struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack(">e", 65504.0).hex(), struct.unpack(">f", b"\x7f\xc0\x00\x00"))
print(struct.unpack("<hHi", b"\xfe\xff\xff\xff\x01\x00\x00\x00"), struct.unpack("5p", b"\x03abcd"), struct.unpack("?", b"\x02"))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.unpack_from("<H", b"xx\x05\x00", 2), struct.Struct("<2h").unpack(b"\x01\x00\x02\x00"), struct.Struct(">I").size)
b = bytearray(6); struct.pack_into("<hI", b, 0, 7, 9); print(b)
for fmt, v in [("<h", 40000), ("B", 300), ("b", -200), ("<Q", -1), ("<I", 2**32), ("<i", 1.5)]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, "error:", e)
for bad in [lambda: struct.pack("<i"), lambda: struct.unpack("<i", b"12"), lambda: struct.calcsize("Z"), lambda: struct.pack("<f", 1e39)]:
    try:
        bad()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
print(struct.Struct("<i").format, struct.pack("<?", []), struct.pack("<q", True))
import math
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075), math.ldexp(1.5, 1023), math.ldexp(0.75, -1073), math.ldexp(1, 1000), math.ldexp(5, -3), math.ldexp(-1.0000000000000002, -1070), math.ldexp(5e-324, 1074), math.ldexp(1.9999999999999998, 1023))
try: math.ldexp(1, 1024)
except OverflowError as e: print(e)

# bytes/bytearray translate, maketrans and istitle.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], bytes.maketrans(b"", b"") == bytes(range(256)))
print(b"aabbcc-d".translate(table), bytearray(b"abcabc").translate(table))
print(b"hello world".translate(None, b"lo"), b"hello".translate(table, delete=b"h"))
print(bytearray(b"xyz").translate(None), type(bytearray(b"a").translate(None)).__name__)
print(b"".maketrans(b"a", b"b")[97], bytearray.maketrans(b"q", b"r")[113])
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"),
            lambda: b"x".translate()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for t in [b"Hello World", b"Hello world", b"HELLO", b"", b"123", b"A1 B2", b"aB", b"Ab Cd-Ef"]:
    print(t, t.istitle(), bytearray(t).istitle())

# bytes and bytearray
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b.hex(), bytes.fromhex("48 69"))
print(b.decode(), "héllo".encode(), "héllo".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), b"ab" + b"cd", b"x" * 3, b"-".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
del ba[1]
print(ba, ba.hex(":"), bytearray(2))
print(b"abc" == b"abc", b"a" < b"b", b"a" in b"cat", 97 in b"cat")
print(b"%d-%s" % (5, b"x"), b"a b".split(), b"AbC".swapcase(), b"12".isdigit(), b"  x ".strip())
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)

"""bytes, bytearray, encodings, struct, base64, hashlib, int.to_bytes."""
import base64
import hashlib
import struct

s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode(), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("utf-16-le")[:8], s.encode("ascii", errors="xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff abc".decode("utf-8", errors="replace"), b"caf\xe9".decode("latin-1"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b" there")
ba += b"!"
print(ba, ba.upper(), bytes(ba[1:4]), ba.find(b"l"), ba.count(b"e"), ba.replace(b"e", b"3"))
print(bytes(3), bytes([65, 66, 67]), bytes.fromhex("de ad be ef"), b"\x00\x01".hex(), b"abc".hex(":"))
print(b"a,b,c".split(b","), b" x ".strip(), b"abc"[1], b"abc"[1:], list(b"hi"), b"ab" * 3, b"x" in b"xyz")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "little", signed=True))
print(struct.pack("<IHb", 1, 2, -3), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("<iqd"))
packed = struct.pack("<3sf?", b"abc", 1.5, True)
print(packed, struct.unpack("<3sf?", packed))
print(base64.b64encode(b"pydive rocks"), base64.b64decode("cHlkaXZl"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x12"))
print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.md5(b"abc").hexdigest() if hasattr(hashlib, "md5") else "no md5")
h = hashlib.sha1()
h.update(b"a")
h.update(b"bc")
print(h.hexdigest(), h.digest_size)
print(repr(b"tab\there\n\\'\""), repr(bytearray(b"\x7f\x80")), b"%s=%d" % (b"x", 5))
print(bytes(range(250, 256)), b"ABC".lower(), b"abc".title(), b"a b".isalpha(), b"12".isdigit())
print(ord("€"), chr(8364), hex(ord("é")), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", ascii("héllo"), repr("\x00\t"))
print(len("👍"), len("👍".encode()), "👍".encode("utf-16"), str(b"abc", "ascii"), str(b"abc"))
mv = memoryview(b"abcdef")
print(mv[1:3].tobytes(), mv[0], len(mv), bytes(mv[2:5]), mv.nbytes, mv.readonly)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
try:
    "abc" + b"d"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)

import struct, array, binascii, base64, hashlib, zlib, io
HDR = struct.Struct("<4sHHI")
print(HDR.size, HDR.format)
recs = [(1, b"alpha", 3.5), (2, b"be", -1.25), (300, b"gamma-ray", 1e10)]
buf = io.BytesIO()
buf.write(HDR.pack(b"PDV1", 1, len(recs), 0xDEADBEEF))
for rid, name, val in recs:
    buf.write(struct.pack("<Hb%dsd" % len(name), rid, len(name), name, val))
data = buf.getvalue()
print(len(data), data[:12].hex(" "), binascii.hexlify(data[12:20], "-", 2))
magic, ver, n, crc = HDR.unpack_from(data)
print(magic, ver, n, hex(crc))
off = HDR.size
for _ in range(n):
    rid, ln = struct.unpack_from("<Hb", data, off); off += 3
    name, = struct.unpack_from(f"<{ln}s", data, off); off += ln
    val, = struct.unpack_from("<d", data, off); off += 8
    print(rid, name.decode(), val)
print(list(struct.iter_unpack(">hH", b"\xff\xff\x00\x01\x80\x00\x7f\xff")))
print(struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.calcsize("!?xe"), struct.pack("!e", 1.5), struct.pack("<?3x", True))
for fmt, args in [("<h", (40000,)), ("<B", (-1,)), ("<i", ("x",)), ("<2s", (b"abc",)), ("<q", ()), ("z", (1,))]:
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
a = array.array("H", [1, 2, 65535])
a.append(7); a.extend([8, 9]); a.byteswap()
print(a, a.tobytes().hex(), a.itemsize, a.typecode)
a.byteswap()
print(a[1:4], a.index(7), a.count(9), array.array("d", [1.5]) * 2, array.array("u", "hi"))
try:
    a.append(70000)
except OverflowError as e:
    print("OverflowError:", e)
b = array.array("b"); b.frombytes(b"\x01\xff")
print(b, b.tolist(), bytes(b), array.array("i", range(3)) == array.array("l", range(3)))
print(base64.b64encode(b"hello world!?"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode("4142"))
print(base64.b64decode("aGVsbG8=\n"), base64.b85encode(b"abc"), base64.a85encode(b"hello"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.crc32(b"hello"), zlib.adler32(b"hello"), binascii.unhexlify("00ff"), binascii.b2a_base64(b"x"))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.new("sha1", b"x").name)
h = hashlib.blake2b(b"k", digest_size=8); print(h.hexdigest(), h.digest_size, h.block_size)
print(bytes.fromhex("de ad be ef"), b"abc".hex(":"), bytearray(b"xyz").upper(), b"a,b,,c".split(b","), b" x ".strip())
ba = bytearray(b"hello"); ba[0:1] = b"J"; ba += b"!"; del ba[1]
print(ba, ba.find(b"l"), ba.decode(), memoryview(ba)[1:3].tobytes(), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
mv = memoryview(b"abcdef")
print(mv[1:3].tobytes(), mv.nbytes, mv.format, mv.readonly, mv[1], mv[-2:].tolist())
print(zlib.decompress(zlib.compress(b"aaaa" * 100)) == b"aaaa" * 100, len(zlib.compress(b"a" * 1000, 9)))
import array  # overflow messages per typecode
for tc in "bBhHiIlLqQ":
    for v in (1<<70, -(1<<70), 1<<(8*array.array(tc).itemsize), -1, -(1<<(8*array.array(tc).itemsize-1))-1):
        try: array.array(tc, [v]); print(tc, "ok")
        except OverflowError as e: print(tc, v.bit_length(), v<0, e)

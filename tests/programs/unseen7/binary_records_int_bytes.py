"""A tiny binary record format: varints, fixed-width ints, checksums."""
import struct
import zlib

def encode_varint(n):
    if n < 0:
        raise ValueError("varint must be non-negative")
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)

def decode_varint(buf, pos=0):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7

def pack_record(rid, name, balance):
    raw = name.encode()
    body = rid.to_bytes(4, "big") + encode_varint(len(raw)) + raw
    body += balance.to_bytes(8, "little", signed=True)
    return body + zlib.crc32(body).to_bytes(4, byteorder="big")

def unpack_record(buf):
    body, crc = buf[:-4], int.from_bytes(buf[-4:], "big")
    if zlib.crc32(body) != crc:
        raise ValueError(f"checksum mismatch: {crc:#010x}")
    rid = int.from_bytes(body[:4], "big")
    n, pos = decode_varint(body, 4)
    name = body[pos:pos + n].decode()
    balance = int.from_bytes(body[pos + n:], "little", signed=True)
    return rid, name, balance

for n in (0, 1, 127, 128, 300, 16384, 2**35):
    enc = encode_varint(n)
    print(n, enc.hex(" "), decode_varint(enc))
records = [(1, "alice", 1500), (2, "bob", -42), (70000, "zoë", -2**60)]
blobs = [pack_record(*r) for r in records]
for b in blobs:
    print(len(b), b.hex(), unpack_record(b))
bad = bytearray(blobs[0])
bad[5] ^= 0xFF
try:
    unpack_record(bytes(bad))
except ValueError as e:
    print("error:", e)
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x00\x10"), "little"), int.from_bytes((255,), "big", signed=True))
print((1024).to_bytes(2), (-1).to_bytes(3, "little", signed=True), int.from_bytes(b"", "big"), (0).to_bytes(0, "big"))
print(struct.unpack("<Iq", struct.pack("<Iq", 7, -7)), int.from_bytes(memoryview(b"\x01\x02"), "big"))
for call in (lambda: int.from_bytes("abc", "big"),
             lambda: int.from_bytes([1, 256], "big"),
             lambda: int.from_bytes([-1], "little"),
             lambda: int.from_bytes(b"\x01", "middle"),
             lambda: (5).to_bytes(2, "network"),
             lambda: (5).to_bytes(2, byteorder=1),
             lambda: (300).to_bytes(1, "big"),
             lambda: (-3).to_bytes(2, "big"),
             lambda: encode_varint(-1),
             lambda: int.from_bytes(3, "big")):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
# built-in values are immutable: their computed attributes can be neither set nor deleted
for target, attr in ((5, "real"), (2.5, "imag"), (3j, "real"), (slice(1, 2), "start"), (range(3), "step"), ([], "append"), ("s", "upper"), (5, "nope")):
    try:
        delattr(target, attr)
    except AttributeError as e:
        print("del:", e)
    try:
        setattr(target, attr, 1)
    except AttributeError as e:
        print("set:", e)
try:
    del (7).numerator
except AttributeError as e:
    print(e)

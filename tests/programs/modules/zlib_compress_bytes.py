import zlib
data = [b"", b"hello", b"hello world " * 50, bytes(range(256)) * 20, b"The quick brown fox jumps over the lazy dog. " * 300]
for d in data:
    for lvl in (-1, 0, 1, 6, 9):
        c = zlib.compress(d, lvl)
        print(len(d), lvl, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == d)
    for w in (-15, 31, 9, -9, 25):
        c = zlib.compress(d, 6, w)
        print(w, len(c), zlib.crc32(c))
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 12345), zlib.adler32(d, 7))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(b"abc" * 1000), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"xyz" * 10), co.flush(zlib.Z_FULL_FLUSH), co.compress(b"q"), co.flush()]
print([p.hex() for p in parts])
blob = b"".join(parts)
do = zlib.decompressobj(-15)
print(do.decompress(blob + b"TRAIL", 100)[:10], len(do.unconsumed_tail), do.eof)
out = do.decompress(do.unconsumed_tail)
print(len(out), do.eof, do.unused_data, do.unconsumed_tail, do.flush())
c = zlib.compress(b"x" * 1000)
for bad in (c[:10], b"garbage!", c[:-1]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error:", e)
try:
    zlib.compress(b"a", 11)
except zlib.error as e:
    print(type(e), e)
try:
    zlib.compressobj(11)
except ValueError as e:
    print(e)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b"auto", 6, 31)), d.eof)
d = zlib.decompressobj()
print(d.decompress(c[:5]), d.decompress(c[5:]), d.eof, d.flush())
zd = b"hello world dictionary"
co = zlib.compressobj(zdict=zd); cz = co.compress(b"hello world hello") + co.flush()
print(cz.hex(), zlib.decompressobj(zdict=zd).decompress(cz))
try:
    zlib.decompress(cz)
except zlib.error as e:
    print(e)
print(type(zlib.compressobj()).__name__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.ZLIB_VERSION)

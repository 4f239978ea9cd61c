import zlib, copy
c = zlib.compressobj(6)
a = c.compress(b"hello world " * 100)
c2 = c.copy()
print((a + c.compress(b"one") + c.flush()).hex())
print((a + c2.compress(b"two") + c2.flush()).hex())
full = zlib.compress(b"abc" * 5000)
d = zlib.decompressobj()
x = d.decompress(full[:100])
d2 = d.copy()
print(len(x + d.decompress(full[100:])), d.eof, len(x + d2.decompress(full[100:])), d2.eof)
try:
    c.copy()
except ValueError as e:
    print(e)
print(len(copy.copy(zlib.compressobj()).flush()))

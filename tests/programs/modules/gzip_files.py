import gzip, io, os, tempfile, zlib

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
data = b"line one\nline two\n" * 200
for lvl in (1, 6, 9):
    c = gzip.compress(data, lvl, mtime=0)
    print(lvl, len(c), c[:10].hex(), zlib.crc32(c))
    c2 = gzip.compress(data, lvl, mtime=123456)
    print(len(c2), c2[:10].hex(), zlib.crc32(c2), gzip.decompress(c2 + c) == data * 2)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"hello ")
    f.write(b"world\n" * 100)
raw = buf.getvalue()
print(len(raw), raw[:10].hex(), zlib.crc32(raw))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(5), f.readline(), f.read()[:12], f.mtime)
with gzip.open("t.txt.gz", "wt", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with gzip.open("t.txt.gz", "rt") as f:
    for line in f:
        print(repr(line))
with open("t.txt.gz", "rb") as f:
    head = f.read()
print(head[:3].hex(), head[3], head[10:15], len(head), head[-30:].hex())
with gzip.open("t.bin.gz", "wb", compresslevel=1) as f:
    f.write(bytes(range(200)))
print(gzip.open("t.bin.gz").read() == bytes(range(200)))
try:
    gzip.decompress(b"not gzip")
except gzip.BadGzipFile as e:
    print("bad:", e)
try:
    gzip.decompress(gzip.compress(b"abc", mtime=0)[:-3])
except EOFError as e:
    print("eof:", e)
print(issubclass(gzip.BadGzipFile, OSError))
os.chdir("/")
tmp.cleanup()

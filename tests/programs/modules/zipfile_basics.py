import zipfile, io, zlib, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    zi = zipfile.ZipInfo("a.txt", (2020, 5, 17, 12, 30, 44))
    zf.writestr(zi, "hello " * 100)
    zi = zipfile.ZipInfo("dir/b.bin", (2021, 1, 2, 3, 4, 5))
    zi.compress_type = zipfile.ZIP_STORED
    zf.writestr(zi, bytes(range(50)))
    zi = zipfile.ZipInfo("ünï.txt", (2022, 2, 2, 2, 2, 2))
    zf.writestr(zi, b"x" * 1000, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    zf.writestr(zipfile.ZipInfo("sub/"), b"")
    zf.comment = b"my archive"
raw = buf.getvalue()
print(len(raw), zlib.crc32(raw[:200]))
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist())
    for i in zf.infolist():
        print(i, i.date_time, i.CRC, i.compress_size, i.file_size, i.is_dir(), i.header_offset)
    print(zf.read("a.txt")[:12], zf.read("dir/b.bin")[:5], len(zf.read("ünï.txt")))
    print(zf.comment, zf.testzip())
    with zf.open("a.txt") as f:
        print(f.read(5))
    try:
        zf.getinfo("nope")
    except KeyError as e:
        print("KeyError", e)
    zf.extractall("ex")
for root, dirs, files in sorted(os.walk("ex")):
    print(root, sorted(dirs), sorted(files))
print(zipfile.is_zipfile(io.BytesIO(raw)), zipfile.is_zipfile(io.BytesIO(b"nope")))
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e:
    print("bad:", e)
with zipfile.ZipFile("t.zip", "w") as zf:
    zf.writestr(zipfile.ZipInfo("one.txt"), "1")
with zipfile.ZipFile("t.zip", "a", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("two.txt"), "2" * 100)
with open("t.zip", "rb") as f:
    data = f.read()
print(len(data), zlib.crc32(data))
with zipfile.ZipFile("t.zip") as zf:
    print(zf.namelist(), [zf.read(n)[:3] for n in zf.namelist()])
    zf.printdir()
os.chdir("/")
tmp.cleanup()

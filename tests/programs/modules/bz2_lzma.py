# bz2 and lzma: one-shot and incremental (de)compression with bytes equal to CPython's,
# max_length/needs_input/unused_data/eof, multi-stream data, BZ2File/LZMAFile modes, open()
# in text mode, and the errors.
import bz2
import io
import lzma
import os
import tempfile

data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i
                for i in range(2000))

for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print("bz2", level, len(c), c[:10].hex(), c[-6:].hex(), bz2.decompress(c) == data)
for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
    c = lzma.compress(data, preset=preset)
    print("xz", preset, len(c), c[:16].hex(), lzma.decompress(c) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(b"abc" * 100, check=check)
    d = lzma.LZMADecompressor()
    print("check", check, len(c), d.check, d.decompress(c) == b"abc" * 100, d.check, d.eof)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
print("alone", len(alone), alone[:13].hex(), lzma.decompress(alone) == data,
      lzma.decompress(alone, format=lzma.FORMAT_ALONE) == data)
print(bz2.compress(b""), lzma.compress(b"").hex(), bz2.decompress(b""), lzma.decompress(lzma.compress(b"")))

# incremental compression
comp = bz2.BZ2Compressor(9)
parts = [comp.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
parts.append(comp.flush())
print("bz2 incremental", b"".join(parts) == bz2.compress(data), [len(p) for p in parts][-3:])
try:
    comp.compress(b"x")
except ValueError as e:
    print("ValueError", e)
try:
    comp.flush()
except ValueError as e:
    print("ValueError", e)
comp = lzma.LZMACompressor()
out = b"".join(comp.compress(data[i:i + 7000]) for i in range(0, len(data), 7000))
out += comp.flush()
print("xz incremental", out == lzma.compress(data))

# incremental decompression with max_length
for mod, blob, dec in ((bz2, bz2.compress(data), bz2.BZ2Decompressor),
                       (lzma, lzma.compress(data), lzma.LZMADecompressor)):
    d = dec()
    got = []
    got.append(d.decompress(blob[:100], 10))
    print(mod.__name__, len(got[0]), d.needs_input, d.eof)
    got.append(d.decompress(blob[100:], 1000))
    print(mod.__name__, len(got[1]), d.needs_input, d.eof)
    while not d.eof:
        chunk = d.decompress(b"", 30000)
        got.append(chunk)
    print(mod.__name__, b"".join(got) == data, d.needs_input, d.unused_data)
    try:
        d.decompress(b"more")
    except EOFError as e:
        print("EOFError", e)
    d = dec()
    print(d.decompress(blob + b"TRAILING") == data, d.eof, d.unused_data)

# multi-stream data and trailing garbage
two = bz2.compress(b"one ") + bz2.compress(b"two")
print(bz2.decompress(two), bz2.decompress(two + b"junk!"))
two = lzma.compress(b"one ") + lzma.compress(b"two")
print(lzma.decompress(two), lzma.decompress(two + b"\x00" * 3) if False else "")
for mod, bad in ((bz2, b"not compressed at all"), (bz2, bz2.compress(data)[:-10]),
                 (lzma, b"not compressed at all"), (lzma, lzma.compress(data)[:-10])):
    try:
        mod.decompress(bad)
    except Exception as e:
        print(mod.__name__, type(e).__name__, e)
try:
    bz2.BZ2Compressor(10)
except ValueError as e:
    print("ValueError", e)
try:
    lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)
except ValueError as e:
    print("ValueError", e)
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma.is_check_supported(7))
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__)

# files
tmp = tempfile.mkdtemp()
for mod, cls, ext in ((bz2, bz2.BZ2File, "bz2"), (lzma, lzma.LZMAFile, "xz")):
    path = os.path.join(tmp, "f." + ext)
    with cls(path, "w") as f:
        print(f.writable(), f.readable(), f.write(data[:1000]), f.write(memoryview(b"!\n")))
    with cls(path, "a") as f:
        f.write(b"appended\n")
    with open(path, "rb") as raw:
        blob = raw.read()
    print(mod.__name__, blob == mod.compress(data[:1000] + b"!\n") + mod.compress(b"appended\n"))
    with cls(path) as f:
        print(f.readable(), f.seekable(), f.readline(), f.read(10), f.tell())
        f.seek(0)
        lines = f.readlines()
        print(len(lines), lines[-1], f.read(), f.peek(1) if False else "")
    with cls(path, "rb") as f:
        print(sum(1 for _ in f))
    with mod.open(path, "rt", encoding="utf-8") as f:
        print(repr(f.readline()), len(f.read()))
    with mod.open(path, "wt", encoding="utf-8", newline="\n") as f:
        f.write("text mode é\n")
    with mod.open(path, "rb") as f:
        print(f.read())
    try:
        cls(path, "rw")
    except ValueError as e:
        print("ValueError", e)
    try:
        mod.open(path, "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError", e)
    f = cls(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("ValueError", e)
    buf = io.BytesIO()
    with cls(buf, "wb") as f:
        f.write(b"into a BytesIO")
    print(mod.decompress(buf.getvalue()))
    with cls(io.BytesIO(buf.getvalue())) as f:
        print(f.read())
        try:
            f.write(b"x")
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)

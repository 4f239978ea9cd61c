# tarfile: write plain and gzip archives (add/addfile with fixed metadata, so the bytes are
# CPython's), read them back (getmembers/getnames/TarInfo fields/extractfile), extractall
# with filter='data' and the filters' errors, long names (pax and GNU), formats.
import hashlib
import io
import os
import shutil
import tarfile
import tempfile

work = tempfile.mkdtemp()
src = os.path.join(work, "src")
os.makedirs(os.path.join(src, "sub", "deeper"))
files = {"a.txt": b"alpha\n", "sub/b.bin": bytes(range(256)) * 3,
         "sub/deeper/c.txt": b"", "sub/empty": b"x" * 512}
for rel, data in files.items():
    with open(os.path.join(src, rel), "wb") as f:
        f.write(data)
os.symlink("a.txt", os.path.join(src, "link"))


def fixed(info):
    info.mtime = 1700000000
    info.uid = info.gid = 1000
    info.uname = info.gname = "user"
    info.mode = 0o755 if info.isdir() else 0o644
    return info


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def show(info):
    print(" ", repr(info.name), info.type, oct(info.mode), info.uid, info.gid, info.size,
          info.mtime, repr(info.uname), repr(info.gname), repr(info.linkname),
          info.isfile(), info.isdir(), info.issym(), info.islnk(), info.offset,
          info.offset_data, sorted(info.pax_headers))


# writing to memory: every format, add() with a filter and addfile() from TarInfo
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        tf.add(src, arcname="src", filter=fixed)
        info = tarfile.TarInfo("extra/notes.txt")
        data = "naïve text\n".encode()
        info.size = len(data)
        info.mtime = 1234567890
        tf.addfile(info, io.BytesIO(data))
        d = tarfile.TarInfo("extra/dir")
        d.type = tarfile.DIRTYPE
        d.mode = 0o700
        tf.addfile(d)
    raw = buf.getvalue()
    print("format", fmt, len(raw), digest(raw))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        print(tf.getnames())
        for m in tf.getmembers():
            show(m)
        print(tf.extractfile("src/sub/b.bin").read() == files["sub/b.bin"])
        f = tf.extractfile("extra/notes.txt")
        print(f.read(3), f.tell(), f.read(), f.seek(0), f.readline())
        print(tf.extractfile("src/link").read(), tf.extractfile("src") is None)
        try:
            tf.getmember("nope")
        except KeyError as e:
            print("KeyError", e)

# long names and non-ASCII names: pax records, GNU long-name blocks, ustar prefix split
long_name = "d" * 60 + "/" + "e" * 60 + "/file-" + "x" * 90 + ".txt"
for fmt in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        for name in [long_name, "short.txt", "ünïcode.txt"]:
            info = tarfile.TarInfo(name)
            info.size = 3
            info.mtime = 99.5 if fmt == tarfile.PAX_FORMAT else 99
            try:
                tf.addfile(info, io.BytesIO(b"abc"))
            except ValueError as e:
                print("ValueError", e)
    raw = buf.getvalue()
    print("long", fmt, len(raw), digest(raw))
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:") as tf:
        for m in tf:
            print(" ", len(m.name), m.name[-12:], m.mtime, m.pax_headers)

# files on disk: plain and gz, extractall with the data filter
for mode, suffix in (("w", ".tar"), ("w:gz", ".tar.gz")):
    path = os.path.join(work, "archive" + suffix)
    with tarfile.open(path, mode) as tf:
        tf.add(os.path.join(src, "a.txt"), arcname="a.txt", filter=fixed)
        tf.add(os.path.join(src, "sub"), arcname="sub", filter=fixed)
    print(suffix, tarfile.is_tarfile(path), tarfile.is_tarfile(os.path.join(src, "a.txt")))
    out = os.path.join(work, "out" + suffix)
    with tarfile.open(path) as tf:
        print(tf.getnames())
        tf.extractall(out, filter="data")
    for root, dirs, names in os.walk(out):
        dirs.sort()
        for n in sorted(names):
            p = os.path.join(root, n)
            with open(p, "rb") as f:
                print(" ", os.path.relpath(p, out), oct(os.stat(p).st_mode & 0o777),
                      int(os.stat(p).st_mtime), digest(f.read()))
    with tarfile.open(path, "r:*") as tf:
        tf.extract("a.txt", os.path.join(work, "single"), filter="tar")
    with tarfile.open(path) as tf:
        tf.extractall(os.path.join(work, "unfiltered"))  # DeprecationWarning, not shown
        info = tf.getmember("sub/b.bin")
        print(info.size, oct(info.mode), tf.extractfile(info).read(5))
    print(open(os.path.join(work, "single", "a.txt"), "rb").read())
with open(os.path.join(work, "archive.tar"), "rb") as f:
    print("plain bytes", digest(f.read()))

# the data filter refuses what would leave the destination
bad = io.BytesIO()
with tarfile.open(fileobj=bad, mode="w") as tf:
    for name, kind, link in [("/abs.txt", tarfile.REGTYPE, ""), ("../up.txt", tarfile.REGTYPE, ""),
                             ("sym", tarfile.SYMTYPE, "/etc/passwd"),
                             ("sym2", tarfile.SYMTYPE, "../x"), ("fifo", tarfile.FIFOTYPE, "")]:
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = link
        tf.addfile(info)
for name in ["/abs.txt", "../up.txt", "sym", "sym2", "fifo"]:
    bad.seek(0)
    with tarfile.open(fileobj=bad) as tf:
        member = tf.getmember(name)
        dest = os.path.join(work, "bad")
        try:
            print(name, tarfile.data_filter(member, dest).name)
        except tarfile.FilterError as e:
            print(type(e).__name__, str(e).replace(work, "<work>"))
        try:
            tf.extract(member, dest, filter="nonsense")
        except ValueError as e:
            print("ValueError", e)

# errors
for args in [dict(name=os.path.join(work, "missing.tar")), dict(fileobj=io.BytesIO(b"junk" * 200))]:
    try:
        tarfile.open(**args)
    except (tarfile.ReadError, FileNotFoundError) as e:
        print(type(e).__name__)
try:
    tarfile.open(fileobj=io.BytesIO(), mode="w:zz")
except tarfile.CompressionError as e:
    print("CompressionError", e)
try:
    tarfile.open(fileobj=io.BytesIO(), mode="q")
except ValueError as e:
    print("ValueError", e)
tf = tarfile.open(fileobj=io.BytesIO(), mode="w")
tf.close()
try:
    tf.addfile(tarfile.TarInfo("x"))
except OSError as e:
    print("OSError", e)
print(tarfile.TarInfo("n").get_info()["type"], tarfile.TarInfo().tobuf()[:8], len(tarfile.TarInfo("q").tobuf()))
print(tarfile.TarInfo("x").replace(name="y", mode=0o600).name, tarfile.DEFAULT_FORMAT, tarfile.RECORDSIZE)
shutil.rmtree(work)

# tempfile and shutil: temporary directories and files, copy, walk, rmtree, which
import tempfile, os, shutil
d = tempfile.gettempdir()
print(os.path.isdir(d), tempfile.gettempprefix())
with tempfile.TemporaryDirectory(prefix="pd_") as t:
    print(os.path.basename(t).startswith("pd_"), os.path.isdir(t))
    p = os.path.join(t, "a.txt")
    with open(p, "w") as f:
        f.write("hello\n")
    os.makedirs(os.path.join(t, "sub", "deep"))
    shutil.copy(p, os.path.join(t, "sub"))
    print(sorted(os.listdir(t)), sorted(os.listdir(os.path.join(t, "sub"))))
    print(sorted((os.path.relpath(dp, t), sorted(fs)) for dp, ds, fs in os.walk(t)))
    saved = t
print(os.path.exists(saved))
with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    f.write("line1\nline2\n")
    f.seek(0)
    print(f.read().splitlines(), f.name.endswith(".log"), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryFile() as f:
    f.write(b"bytes!")
    f.seek(0)
    print(f.read())
s = tempfile.SpooledTemporaryFile(mode="w+")
s.write("spooled"); s.seek(0); print(s.read()); s.close()
t = tempfile.mkdtemp(suffix="_x"); print(t.endswith("_x"), os.path.isdir(t)); shutil.rmtree(t); print(os.path.exists(t))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command"))

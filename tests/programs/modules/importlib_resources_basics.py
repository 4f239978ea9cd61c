# importlib.resources over a package on disk, and the legacy functions' warnings.
import importlib.resources as res
import os, sys, tempfile, warnings, pathlib

with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, "datapkg")
    os.makedirs(os.path.join(pkg, "sub"))
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(pkg, "hello.txt"), "w") as f:
        f.write("héllo\nworld\n")
    with open(os.path.join(pkg, "blob.bin"), "wb") as f:
        f.write(bytes(range(5)))
    with open(os.path.join(pkg, "sub", "inner.txt"), "w") as f:
        f.write("inner")
    sys.path.insert(0, d)
    import datapkg
    root = res.files("datapkg")
    print(type(root).__name__, root.name, root.is_dir(), root == res.files(datapkg))
    print(sorted(p.name for p in root.iterdir()))
    print(repr((root / "hello.txt").read_text(encoding="utf-8")))
    print(root.joinpath("blob.bin").read_bytes(), root.joinpath("sub", "inner.txt").read_text())
    print(root.joinpath("sub/inner.txt").is_file(), (root / "nope").exists())
    with res.as_file(root / "hello.txt") as p:
        print(p.name, p.read_bytes()[:2])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(repr(res.read_text("datapkg", "hello.txt")))
        print(res.read_binary(datapkg, "blob.bin"))
        print(res.is_resource("datapkg", "hello.txt"), res.is_resource("datapkg", "sub"))
        print(sorted(res.contents("datapkg")))
        with res.open_text("datapkg", "hello.txt") as f:
            print(f.readline().strip())
        with res.open_binary("datapkg", "blob.bin") as f:
            print(f.read(2))
        with res.path("datapkg", "hello.txt") as p:
            print(p.name, p.exists())
        try:
            res.read_text("datapkg", "sub/inner.txt")
        except ValueError as e:
            print("ValueError", e)
        print(sorted({(w.category.__name__, str(w.message).split()[0]) for w in caught}))
    sys.path.remove(d)

# a standard-library package: only properties that do not depend on its source text
j = res.files("json")
print(j.name, j.is_dir(), j.joinpath("__init__.py").is_file(), (j / "no_such_file.py").is_file())
print("JSON" in (j / "__init__.py").read_text())

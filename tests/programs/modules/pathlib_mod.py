# pathlib: pure path parsing and parts, operators, relative_to, match; Path file system methods, glob/rglob
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os, tempfile
p = PurePosixPath("/usr//local/./lib/python3.12/site.tar.gz")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parents[1], p.anchor, p.root)
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("s"), p.relative_to("/usr"), p.is_absolute(), p.match("*.gz"), p.match("lib/*/*.gz"))
print(PurePath("a") / "b" / "../c", "x" / PurePath("y"), PurePath(""), PurePath("//a/b"), PurePath("a/b") == PurePath("a//b/"), PurePath(".bashrc").suffix)
print(PurePosixPath("a/b").relative_to("a/b", walk_up=True) if False else "", sorted([PurePath("b"), PurePath("a/c"), PurePath("a")]), hash(PurePath("a/b")) == hash(PurePath("a//b")))
try:
    PurePath("/a").relative_to("/b")
except ValueError as e:
    print("ValueError", e)
print(Path("a/b"), type(Path("x")).__name__, isinstance(Path("x"), PurePath), os.fspath(Path("q/r")), str(Path.cwd()) == os.getcwd())
d = Path(tempfile.mkdtemp())
(d / "sub" / "deeper").mkdir(parents=True)
(d / "a.txt").write_text("alpha\n")
(d / "b.py").write_bytes(b"print(1)\n")
(d / "sub" / "c.py").write_text("c")
(d / "sub" / "deeper" / "d.py").touch()
print((d / "a.txt").read_text(), (d / "b.py").read_bytes(), (d / "a.txt").exists(), (d / "sub").is_dir(), (d / "a.txt").is_file(), (d / "zz").exists())
print(sorted(p.name for p in d.iterdir()), sorted(str(p.relative_to(d)) for p in d.glob("*.py")), sorted(str(p.relative_to(d)) for p in d.rglob("*.py")))
print(sorted(str(p.relative_to(d)) for p in d.glob("**/*.py")), (d / "a.txt").stat().st_size, (d / "a.txt").with_suffix(".md").name)
(d / "a.txt").rename(d / "renamed.txt")
print(sorted(p.name for p in d.iterdir()))
(d / "renamed.txt").unlink(); (d / "missing").unlink(missing_ok=True)
import shutil; shutil.rmtree(d); print(d.exists())

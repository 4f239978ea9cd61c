import os, os.path, tempfile, shutil, glob, pathlib, csv, io, json, fnmatch, stat
from pathlib import Path, PurePosixPath, PureWindowsPath
root = Path(tempfile.mkdtemp(prefix="probe"))
try:
    for rel, text in {"src/app.py": "print('hi')\n", "src/util/helpers.py": "X = 1\n", "src/util/__init__.py": "",
                      "docs/readme.md": "# Title\n\nbody\n", "data/a.csv": "id,name\n1,ann\n", "data/b.CSV": "x\n", ".hidden": "h"}.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    rel = lambda p: p.relative_to(root).as_posix()
    print(sorted(rel(p) for p in root.rglob("*.py")))
    print(sorted(rel(p) for p in root.glob("*")), sorted(rel(p) for p in root.glob("**/")))
    print(sorted(rel(p) for p in (root / "data").iterdir()), sorted(p.name for p in root.glob("data/*.[cC][sS][vV]")))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        print(os.path.relpath(dirpath, root), sorted(filenames))
    print(sorted(os.path.relpath(p, root) for p in glob.glob(str(root / "**" / "*.py"), recursive=True)))
    print(sorted(glob.glob("*.md", root_dir=root / "docs")), fnmatch.filter(["a.py", "b.txt", "C.PY"], "*.py"), fnmatch.fnmatch("C.PY", "*.py"))
    f = root / "docs" / "readme.md"
    st = f.stat()
    print(st.st_size, f.suffix, f.stem, f.with_suffix(".txt").name, f.exists(), f.is_file(), f.parent.is_dir(), stat.S_ISREG(st.st_mode))
    print(f.read_text().splitlines(), f.read_bytes()[:7], (root / "nope").exists())
    shutil.copy(f, root / "copy.md"); shutil.copytree(root / "src", root / "src2"); shutil.move(str(root / "copy.md"), str(root / "moved.md"))
    print(sorted(rel(p) for p in root.rglob("*") if p.is_file()))
    shutil.rmtree(root / "src2"); os.remove(root / "moved.md"); os.rename(root / ".hidden", root / "visible")
    print(sorted(os.listdir(root)), os.path.getsize(root / "visible"))
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == str(root / "missing.txt"))
    try:
        os.mkdir(root / "src")
    except FileExistsError as e:
        print("exists:", e.strerror)
    try:
        os.rmdir(root / "src")
    except OSError as e:
        print(type(e).__name__, e.strerror)
    rows = [{"name": "ann", "score": 91.5, "note": 'said "hi", left'}, {"name": "bob", "score": 78, "note": "multi\nline"}]
    out = root / "report.csv"
    with out.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["name", "score", "note"], quoting=csv.QUOTE_MINIMAL)
        w.writeheader(); w.writerows(rows)
    print(repr(out.read_text()))
    with out.open(newline="") as fh:
        for rec in csv.DictReader(fh):
            print(dict(rec))
    s = io.StringIO()
    cw = csv.writer(s, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    cw.writerow(["a", 1, 2.5, None]); cw.writerow(["x;y", -1, 0.1, ""])
    print(s.getvalue(), list(csv.reader(io.StringIO(s.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))
    print(list(csv.reader(['a, "b,c" ,d', "'q'|r"], skipinitialspace=True)), list(csv.reader(["x|'y|z'"], delimiter="|", quotechar="'")))
    cfg = root / "conf.json"
    cfg.write_text(json.dumps({"debug": True, "paths": ["/a", "/b"]}, indent=4))
    print(json.loads(cfg.read_text())["paths"], cfg.read_text().count("\n"))
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=root, delete=False) as tf:
        tf.write("temp data"); tf.seek(0); print(tf.read(), Path(tf.name).suffix, Path(tf.name).parent == root)
    with tempfile.TemporaryDirectory() as td:
        print(os.path.isdir(td), len(os.listdir(td)))
    print(os.path.isdir(td))
finally:
    shutil.rmtree(root)
print(root.exists())
pp = PurePosixPath("/usr/local/lib/python3.12/site-packages/pkg/__init__.py")
print(pp.parts[:3], pp.parents[2], pp.name, pp.suffixes, pp.relative_to("/usr/local"), pp.match("*.py"), pp.match("lib/*.py"), pp.with_name("x.pyi"), pp.is_absolute())
print(PurePosixPath("a/b/../c"), PurePosixPath("a//b/./c"), PurePosixPath("/a") / "b" / "/c", PurePosixPath("x.tar.gz").stem, PurePosixPath("").name, str(PurePosixPath(".")))
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/"), os.path.splitext("archive.tar.gz"), os.path.normpath("a/./b/../../c"), os.path.basename("/x/y.z"), os.path.dirname("y"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["interval", "internet"]), os.path.isabs("a/b"), os.path.expanduser("~") == os.environ.get("HOME"))
try:
    pp.relative_to("/opt")
except ValueError as e:
    print(e)

# pathlib/glob/shutil/fnmatch over a temporary tree: recursive globs, directory-only patterns
# ('*/', '**'), renames, copytree with ignore patterns, scandir, error fields.
import os, pathlib, shutil, glob, tempfile, fnmatch
from pathlib import Path, PurePosixPath
with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    for rel in ["src/app.py", "src/util/helpers.py", "src/util/__init__.py", "docs/index.md", "docs/img/logo.PNG", "README.md", ".hidden"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.touch()
    (root / "src/app.py").write_text("import util\nprint('hi')\n")
    print(sorted(str(p.relative_to(root)) for p in root.glob("**/*.py")))
    print(sorted(p.name for p in root.iterdir()), sorted(p.name for p in root.glob("*")), sorted(p.name for p in root.glob(".*")))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.md")), sorted(p.name for p in (root / "src").glob("*/")))
    print(sorted(os.path.relpath(x, d) for x in glob.glob(os.path.join(d, "src", "**"), recursive=True)))
    print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, "*.md"))), glob.escape("a[b]*"), sorted(glob.glob("*.nothing")))
    print(fnmatch.fnmatch("logo.PNG", "*.png"), fnmatch.fnmatchcase("logo.PNG", "*.png"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.py"))
    app = root / "src" / "app.py"
    print(app.stem, app.suffix, app.with_stem("main").name, app.with_suffix("").name, app.exists(), app.is_dir(), app.stat().st_size, app.read_text().count("\n"))
    print(app.parent.name, app.parents[1] == root, app.is_relative_to(root), app.relative_to(root).parts, app.resolve() == app.resolve().absolute())
    print(app.match("src/*.py"), app.match("*.py"), PurePosixPath("a/b/c.py").match("a/*.py"), app.name.startswith("app"))
    (root / "new").mkdir(); (root / "new" / "f.txt").write_text("x")
    try:
        (root / "new").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        (root / "new").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    (root / "new" / "f.txt").unlink(); (root / "new" / "f.txt").unlink(missing_ok=True); (root / "new").rmdir(); print((root / "new").exists())
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror, Path(e.filename).name)
    moved = (root / "README.md").rename(root / "docs" / "README.md"); print(moved.relative_to(root), (root / "README.md").exists())
    shutil.copytree(root / "src", root / "src_copy", ignore=shutil.ignore_patterns("__init__.py"))
    print(sorted(str(p.relative_to(root / "src_copy")) for p in (root / "src_copy").rglob("*")))
    print(shutil.which("sh") is not None, os.path.commonpath([str(app), str(root / "src/util")]) == str(root / "src"))
    print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.samefile(app, str(app)))
    with os.scandir(root) as it:
        print(sorted((e.name, e.is_dir()) for e in it))
    total = sum(f.stat().st_size for f in root.rglob("*") if f.is_file()); print(total)
    print(Path(d).joinpath("a", "b").as_posix().endswith("a/b"), Path("~").expanduser() != Path("~"), Path("/a/b/../c").resolve() if False else "", Path("x/y").with_name("z"), Path("a.tar.gz").suffixes)
    os.chdir(d); print(sorted(os.listdir(".")), Path.cwd() == Path(d).resolve(), Path("src").absolute() == Path(d).resolve() / "src")
    os.chdir("/")
with tempfile.TemporaryDirectory() as d:
    r = Path(d)
    (r / "a" / "b").mkdir(parents=True); (r / "a" / "f.txt").touch(); (r / "g.txt").touch()
    print(sorted(str(p.relative_to(r)) for p in r.glob("**")), sorted(str(p.relative_to(r)) for p in r.glob("*/")), sorted(str(p.relative_to(r)) for p in r.glob("a/*")))
    print(sorted(str(p.relative_to(r)) for p in r.rglob("*")), sorted(str(p.relative_to(r)) for p in r.glob("**/")))

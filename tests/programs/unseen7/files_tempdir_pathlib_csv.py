import os
import tempfile
import pathlib
import shutil
import json
import csv
import glob

with tempfile.TemporaryDirectory() as tmp:
    base = pathlib.Path(tmp)
    notes = base / "notes.txt"
    notes.write_text("line one\nline two\n\nline four\n", encoding="utf-8")
    print(notes.read_text().splitlines(), notes.stat().st_size, notes.suffix, notes.stem, notes.name)
    with open(notes, "a") as f:
        print("appended", file=f)
        f.write("last")
    with open(notes) as f:
        for i, line in enumerate(f, 1):
            print(i, repr(line))
    with open(notes, "rb") as f:
        head = f.read(8)
        print(head, f.tell(), f.seek(-4, os.SEEK_END), f.read())
    with open(notes, "r+") as f:
        f.seek(5)
        f.write("ONE")
        f.seek(0)
        print(f.readline(), end="")
    data_dir = base / "data" / "nested"
    data_dir.mkdir(parents=True)
    for i in range(3):
        (data_dir / f"file{i}.json").write_text(json.dumps({"i": i, "sq": i * i}))
    (base / "data" / "readme.md").write_text("# readme")
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*")))
    print(sorted(p.name for p in (base / "data").glob("**/*.json")), sorted(os.listdir(data_dir)))
    total = sum(json.loads(p.read_text())["sq"] for p in data_dir.iterdir())
    print("total", total)
    for root, dirs, files in os.walk(base):
        dirs.sort()
        rel = os.path.relpath(root, base)
        print(rel, sorted(files))
    print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(tmp, "data", "*", "*.json"))))
    csv_path = base / "table.csv"
    with open(csv_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "score", "note"])
        w.writerows([["ann", 90, 'said "hi"'], ["bob", 85, "a,b"], ["cy", 70, "multi\nline"]])
    print(repr(csv_path.read_text()))
    with open(csv_path, newline="") as f:
        rows = list(csv.reader(f))
    print(rows)
    shutil.copy(notes, base / "copy.txt")
    shutil.move(str(base / "copy.txt"), str(base / "moved.txt"))
    print((base / "moved.txt").exists(), (base / "copy.txt").exists(), (base / "moved.txt").is_file(), data_dir.is_dir())
    os.rename(base / "moved.txt", base / "renamed.txt")
    os.remove(base / "renamed.txt")
    shutil.rmtree(base / "data")
    print(sorted(os.listdir(tmp)))
    try:
        open(base / "missing.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    try:
        (base / "nodir" / "x").write_text("x")
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        open(base, "r")
    except IsADirectoryError as e:
        print("IsADirectoryError", e.strerror)
    try:
        with open(notes, "w") as f:
            f.read()
    except io_error if False else Exception as e:
        print(type(e).__name__, e)
    try:
        open(notes, "rw")
    except ValueError as e:
        print(e)
    f = open(notes)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    print(f.closed, f.mode, f.name == str(notes), f.encoding)
    with open(base / "bin.dat", "wb") as fb:
        fb.write(bytes(range(256)))
    print(os.path.getsize(base / "bin.dat"), (base / "bin.dat").read_bytes()[250:])
    try:
        (base / "bin.dat").read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        print(e)
    print(pathlib.PurePosixPath("/a/b/c.tar.gz").suffixes, pathlib.PurePosixPath("a/b") / "c", pathlib.PurePosixPath("/a/b/../c").parts)
    print(os.path.join("a", "b", "/c"), os.path.splitext("x.tar.gz"), os.path.split("/a/b/"), os.path.normpath("a//b/../c/."), os.path.dirname("a/b/c"))
    print(os.path.isabs("/x"), os.path.expanduser("~") != "~", os.sep, os.extsep, os.path.commonprefix(["abc", "abd"]))

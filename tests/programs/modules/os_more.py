# os and os.path on a scratch tree: walk, scandir, stat, environ, relpath/commonpath
import os, os.path, stat, tempfile, shutil
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.relpath("/a/b", "/a/c/d"), os.path.commonprefix(["abc", "abd"]))
print(os.path.normpath("//a/../b"), os.path.normpath("///a/./b/"), os.path.splitroot("//x/y"), os.path.split("/"), os.path.dirname("a"))
print(os.path.expanduser("~/x").startswith("/"), os.path.expandvars("${NOPE_NOT_SET}/x"), os.path.join("a", ""), os.path.splitext("a.b/c"))
top = tempfile.mkdtemp()
os.makedirs(os.path.join(top, "a", "b"))
for rel in ("f1.txt", "a/f2.py", "a/b/f3.py"):
    with open(os.path.join(top, rel), "w") as f:
        f.write(rel)
print(sorted((os.path.relpath(dp, top), sorted(ds), sorted(fs)) for dp, ds, fs in os.walk(top)))
print(sorted(e.name for e in os.scandir(top)), [e.is_dir() for e in sorted(os.scandir(top), key=lambda e: e.name)])
st = os.stat(os.path.join(top, "f1.txt"))
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(top).st_mode), st.st_size, os.path.getsize(os.path.join(top, "a", "f2.py")))
os.rename(os.path.join(top, "f1.txt"), os.path.join(top, "g1.txt"))
print(sorted(os.listdir(top)), os.path.exists(os.path.join(top, "f1.txt")), os.path.isfile(os.path.join(top, "g1.txt")))
shutil.rmtree(top)
print(os.path.exists(top))
os.environ["PYDIVE_TEST_VAR"] = "1"
print(os.getenv("PYDIVE_TEST_VAR"), "PYDIVE_TEST_VAR" in os.environ, os.environ.pop("PYDIVE_TEST_VAR"), os.getenv("PYDIVE_TEST_VAR", "gone"))
print(os.fspath("p"), isinstance(os.stat("."), tuple), os.sep, os.pathsep, os.name, os.path is os.path, os.curdir)
class P:
    def __fspath__(self):
        return "/x/y"
print(os.fspath(P()), os.path.basename(P()), isinstance(P(), os.PathLike))

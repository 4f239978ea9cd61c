# filecmp: cmp (shallow and deep), cmpfiles, dircmp attributes and reports, subclassing.
import filecmp, os, tempfile, shutil
d = tempfile.mkdtemp()
def w(path, data, mtime=1_600_000_000):
    full = os.path.join(d, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(data)
    os.utime(full, (mtime, mtime))
w("a/same.txt", "hello"); w("b/same.txt", "hello")
w("a/diff.txt", "hello"); w("b/diff.txt", "world")
w("a/size.txt", "short"); w("b/size.txt", "longer text")
w("a/only_a.txt", "x"); w("b/only_b.txt", "y")
w("a/sub/deep.txt", "1"); w("b/sub/deep.txt", "2", 1_600_000_001)
w("a/sub/inner/z.txt", "z"); w("b/sub/inner/z.txt", "z")
w("a/mixed", "file"); os.makedirs(os.path.join(d, "b/mixed"))
w("a/.git/x", "i"); w("b/.git/y", "j")
w("a/stamp.txt", "same", 1); w("b/stamp.txt", "same", 2)
os.chdir(d)
print(filecmp.cmp("a/same.txt", "b/same.txt"), filecmp.cmp("a/diff.txt", "b/diff.txt"),
      filecmp.cmp("a/diff.txt", "b/diff.txt", shallow=False), filecmp.cmp("a/size.txt", "b/size.txt"),
      filecmp.cmp("a/stamp.txt", "b/stamp.txt"), filecmp.cmp("a/sub", "b/sub"))
print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "missing", "stamp.txt"]))
print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "stamp.txt"], shallow=False))
dc = filecmp.dircmp("a", "b")
print(dc.left_list, dc.right_list, dc.common, dc.left_only, dc.right_only)
print(dc.common_dirs, dc.common_files, dc.common_funny, dc.same_files, dc.diff_files, dc.funny_files)
print(sorted(dc.subdirs), type(dc.subdirs["sub"]).__name__)
dc.report()
print("---")
dc.report_partial_closure()
print("---")
dc.report_full_closure()
print(filecmp.dircmp("a", "b", ignore=[]).common_dirs, filecmp.dircmp("a", "b", hide=["same.txt"]).left_list)
try:
    dc.nope
except AttributeError as e:
    print("AttributeError", e)
class My(filecmp.dircmp):
    pass
print(type(My("a", "b").subdirs["sub"]).__name__, filecmp.dircmp[int], filecmp.DEFAULT_IGNORES)
filecmp.clear_cache()
try:
    filecmp.cmp("a/none", "b/none")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
os.chdir("/")
shutil.rmtree(d)

# shutil's contract: copies (data, mode, times), trees with ignore/symlinks/errors, rmtree's
# error hooks, move, which, get_terminal_size.
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            p = os.path.join(root, name)
            kind = "L" if os.path.islink(p) else "D" if os.path.isdir(p) else "F"
            out.append("%s:%s" % (kind, os.path.relpath(p, top)))
    return out

def write(p, text):
    with open(p, "w") as f:
        f.write(text)

def read(p):
    with open(p) as f:
        return f.read()

os.makedirs("src/sub/deep")
write("src/a.txt", "alpha")
write("src/b.log", "beta")
write("src/sub/c.txt", "gamma")
write("src/sub/deep/d.txt", "delta")
# (pydive's os has no chmod/utime yet: modes and times are compared, not set)
def mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)
os.symlink("a.txt", "src/link_a")
os.symlink("missing", "src/dangling")

import io
buf = io.BytesIO()
shutil.copyfileobj(io.BytesIO(b"x" * 1000), buf, 7)
print(len(buf.getvalue()))
print(shutil.copyfile("src/a.txt", "a1"), read("a1"))
print(shutil.copy("src/a.txt", "a2"), mode("a2") == mode("src/a.txt"))
print(shutil.copy2("src/a.txt", "a3"), mode("a3") == mode("src/a.txt"), read("a3"))
os.mkdir("into")
print(shutil.copy("src/a.txt", "into"), shutil.copy2("src/b.log", "into/"))
print(shutil.copyfile("src/link_a", "link_copy", follow_symlinks=False),
      os.path.islink("link_copy"), os.readlink("link_copy"))
shutil.copymode("src/a.txt", "into/b.log")
shutil.copystat("src/a.txt", "into/a.txt")
print(mode("into/b.log") == mode("src/a.txt"))
for call in (lambda: shutil.copyfile("src/a.txt", "src/a.txt"),
             lambda: shutil.copyfile("src/a.txt", "src/../src/a.txt"),
             lambda: shutil.copyfile("nope.txt", "x"),
             lambda: shutil.copyfile("src/a.txt", "no_dir/"),
             lambda: shutil.copyfile("src/a.txt", "into"),
             lambda: shutil.copy("src", "x")):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

try:
    shutil.copytree("src", "dst1")
except shutil.Error as e:
    print("Error", e.args[0])
print(tree("dst1"))
print(os.path.islink("dst1/link_a"), read("dst1/link_a"))
print(shutil.copytree("src", "dst2", symlinks=True, ignore=shutil.ignore_patterns("*.log", "deep")),
      tree("dst2"), os.path.islink("dst2/link_a"))
seen = []
def ign(path, names):
    seen.append((os.path.relpath(path), sorted(names)))
    return {"sub"}
shutil.copytree("src", "dst3", ignore=ign, ignore_dangling_symlinks=True)
print(seen, tree("dst3"))
try:
    shutil.copytree("src", "dst3")
except FileExistsError as e:
    print("FileExistsError", e)
shutil.copytree("src", "dst3", dirs_exist_ok=True, copy_function=shutil.copy,
                ignore_dangling_symlinks=True)
print(tree("dst3"))
os.remove("src/dangling")
calls = []
def recording_copy(s, d):
    calls.append((os.path.relpath(s), os.path.relpath(d)))
    if s.endswith("c.txt"):
        raise OSError("refused " + os.path.basename(s))
    return shutil.copy2(s, d)
try:
    shutil.copytree("src", "dst4", copy_function=recording_copy)
except shutil.Error as e:
    print("Error", [(os.path.relpath(a), os.path.relpath(b), w) for a, b, w in e.args[0]])
print(sorted(calls))
os.symlink("missing", "src/dangling")

# rmtree
shutil.rmtree("dst1")
print(os.path.exists("dst1"))
for kw in ({}, {"ignore_errors": True}):
    try:
        print(shutil.rmtree("no_such_dir", **kw))
    except FileNotFoundError as e:
        print("FileNotFoundError", e)
got = []
shutil.rmtree("no_such_dir", onerror=lambda f, p, ei: got.append((f.__name__, p, ei[0].__name__)))
shutil.rmtree("no_such_dir", onexc=lambda f, p, e: got.append((f.__name__, p, type(e).__name__)))
shutil.rmtree("src/link_a", onexc=lambda f, p, e: got.append((f.__name__, p, str(e))))
print(got)
try:
    shutil.rmtree("src/link_a")
except OSError as e:
    print("OSError", e)
print(shutil.rmtree.avoids_symlink_attacks)

# move
print(shutil.move("a2", "a2_moved"), os.path.exists("a2"))
print(shutil.move("a2_moved", "into"), tree("into"))
try:
    shutil.move("a3", "into/")
    shutil.move("a1", "into")
    shutil.move("into/a1", "into")
except shutil.Error as e:
    print("Error", e)
print(shutil.move("dst2", "dst3"), sorted(os.listdir("dst3")))
print(shutil.move("dst3", "dst3_renamed/"), os.path.isdir("dst3_renamed"))
print(shutil.move("into", "into"))

# which
os.makedirs("bin1")
os.makedirs("bin2")
write("bin1/tool", "")
os.symlink("/bin/sh", "bin2/tool")  # an executable without chmod
os.makedirs("bin2/dirtool")
p = os.pathsep.join(["bin1", "bin2", "bin2"])
print(shutil.which("tool", path=p), shutil.which("tool", path=p, mode=os.F_OK),
      shutil.which("dirtool", path=p), shutil.which("tool", path=""),
      shutil.which("bin2/tool"), shutil.which("bin1/tool"), shutil.which(b"tool", path=p))
old = os.environ.get("PATH")
os.environ["PATH"] = p
print(shutil.which("tool"))
os.environ["PATH"] = old

# terminal size
os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "45"
print(tuple(shutil.get_terminal_size()), shutil.get_terminal_size().columns)
os.environ["COLUMNS"] = "bad"
os.environ["LINES"] = "0"
os.environ["LINES"] = "7"
print(tuple(shutil.get_terminal_size((10, 20))), shutil.get_terminal_size().lines)

os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))

# glob (*, ?, [..], ** recursive, root_dir, hidden files, escape) and shlex (split, quote, join)
import glob, shlex, os, tempfile, shutil
d = tempfile.mkdtemp()
for rel in ["a.py", "b.txt", ".hidden.py", "sub/c.py", "sub/deep/d.py", "sub/e.txt"]:
    os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
    open(os.path.join(d, rel), "w").close()
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, "*.py"))), rel(glob.glob(os.path.join(d, "*", "*.py"))))
print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)), rel(glob.glob(os.path.join(d, "**"), recursive=True)))
print(sorted(glob.glob("*.py", root_dir=d)), sorted(glob.glob("*.py", root_dir=d, include_hidden=True)), glob.glob(os.path.join(d, "nope*")))
print(glob.escape("a[b]*?.py"), rel(glob.iglob(os.path.join(d, "sub", "?.py"))), rel(glob.glob(os.path.join(d, "[ab].*"))))
shutil.rmtree(d)
print(shlex.split('ls -l "my file.txt" \'single q\' back\\ slash # not a comment'), shlex.split("a # b", comments=True))
print(shlex.quote("it's"), shlex.quote("safe-name.txt"), shlex.quote(""), shlex.join(["echo", "a b", "c'd"]))
print(shlex.split('x="a b"c'), list(shlex.shlex("a=b, c")))
try:
    shlex.split('"unclosed')
except ValueError as e:
    print("ValueError", e)

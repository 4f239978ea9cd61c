# runpy.run_path (file, directory with __main__.py, init_globals, run_name) and run_module
# (module, package __main__, alter_sys, errors), over files written to a temporary directory.
import os
import runpy
import sys
import tempfile

d = tempfile.mkdtemp()
files = {
    "script.py": 'x = 41 + 1\nprint("running", __name__, __file__.split("/")[-1])\n',
    "tool.py": 'print("tool", __name__)\nRESULT = 3\n',
    "pkg/__init__.py": 'print("module main", __name__, __package__)\nVALUE = 7\n',
    "pkg/__main__.py": 'print("pkg.__main__", __name__)\n',
    "dirapp/__main__.py": 'print("dir main", __name__, __file__.split("/")[-1])\n',
}
for rel, text in files.items():
    full = os.path.join(d, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
os.chdir(d)
sys.path.insert(0, d)
g = runpy.run_path("script.py")
print(g["x"], g["__name__"], sorted(k for k in g if k.startswith("__")))
g = runpy.run_path("script.py", init_globals={"extra": 1}, run_name="custom")
print(g["extra"], g["__name__"])
g = runpy.run_module("tool")
print(g["RESULT"], g["__name__"], g["__package__"] == "", "tool" in sys.modules)
argv0 = sys.argv[0]
g = runpy.run_module("tool", run_name="__main__", alter_sys=True)
print(g["__name__"], sys.argv[0] == argv0)
g = runpy.run_module("pkg")
print(g["__name__"])
runpy.run_path("dirapp")
for bad in ["nosuchmod", ".rel"]:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print("ImportError", e)
os.chdir("/")
import shutil
shutil.rmtree(d)

# importlib.util.find_spec finds a module without executing it; module_from_spec and
# spec.loader.exec_module run it afterwards.
import importlib.util
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
sys.path.insert(0, tmp)
with open(os.path.join(tmp, "fs_plain.py"), "w") as f:
    f.write("print('running fs_plain')\nVALUE = 42\n")
os.mkdir(os.path.join(tmp, "fs_pkg"))
with open(os.path.join(tmp, "fs_pkg", "__init__.py"), "w") as f:
    f.write("print('running fs_pkg')\n")
with open(os.path.join(tmp, "fs_pkg", "sub.py"), "w") as f:
    f.write("print('running fs_pkg.sub')\nX = 'sub'\n")
os.mkdir(os.path.join(tmp, "fs_ns"))


def rel(p):
    return None if p is None else os.path.relpath(p, tmp)


spec = importlib.util.find_spec("fs_plain")
print("fs_plain" in sys.modules)
print(spec.name, rel(spec.origin), spec.submodule_search_locations, repr(spec.parent))
print(spec.has_location, type(spec.loader).__name__, spec.loader.name, rel(spec.loader.path))
print(type(spec).__name__)
module = importlib.util.module_from_spec(spec)
print(module.__name__, rel(module.__file__), hasattr(module, "VALUE"))
spec.loader.exec_module(module)
print(module.VALUE, "fs_plain" in sys.modules)

spec = importlib.util.find_spec("fs_pkg")
print(spec.name, rel(spec.origin), [rel(p) for p in spec.submodule_search_locations],
      repr(spec.parent), "fs_pkg" in sys.modules)

spec = importlib.util.find_spec("fs_pkg.sub")
print("fs_pkg" in sys.modules, "fs_pkg.sub" in sys.modules)
print(spec.name, rel(spec.origin), spec.submodule_search_locations, repr(spec.parent))
print(importlib.util.find_spec(".sub", "fs_pkg").name)
print(importlib.util.find_spec("fs_pkg.missing"))

spec = importlib.util.find_spec("fs_ns")
print(spec.name, spec.origin, [rel(p) for p in spec.submodule_search_locations])

print(importlib.util.find_spec("no_such_module_xyz"))
for name in ["no_such_pkg_xyz.sub", "fs_plain.sub"]:
    try:
        importlib.util.find_spec(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)

import fs_plain  # noqa: E402
print(importlib.util.find_spec("fs_plain") is fs_plain.__spec__)
spec = importlib.util.find_spec("fs_plain")
print(type(spec.loader).__name__, spec.loader.name, rel(spec.loader.get_filename()))
sys.modules["fs_none"] = None
print(importlib.util.find_spec("fs_none"))
sys.modules["fs_nospec"] = type(sys)("fs_nospec")
sys.modules["fs_nospec"].__spec__ = None
try:
    importlib.util.find_spec("fs_nospec")
except ValueError as e:
    print("ValueError", e)

print("gc" in sys.modules)
spec = importlib.util.find_spec("gc")
print(spec)
print(spec.name, spec.origin, spec.loader, spec.has_location)
print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("json.decoder").name)

spec = importlib.util.spec_from_file_location("fs_other", os.path.join(tmp, "fs_plain.py"))
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.__name__, module.VALUE)

import gc  # noqa: E402,F401
print(importlib.util.find_spec("gc").loader, importlib.util.find_spec("gc").origin)
import shutil  # noqa: E402
shutil.rmtree(tmp)

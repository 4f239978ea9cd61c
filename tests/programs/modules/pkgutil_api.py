# pkgutil.iter_modules/walk_packages over a package written to a temporary directory,
# ModuleInfo, get_data, resolve_name (both forms and errors), extend_path.
import os
import pkgutil
import sys
import tempfile

here = tempfile.mkdtemp()
for rel, text in {"plugins/__init__.py": "", "plugins/alpha.py": "", "plugins/beta.py": "",
                  "plugins/sub/__init__.py": "", "plugins/sub/gamma.py": "",
                  "plugins/notes.txt": "", "plugins/data.txt": "DATA\n"}.items():
    full = os.path.join(here, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
sys.path.insert(0, here)
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(here, "plugins")])])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(here, "plugins")], prefix="plugins.")])
import plugins
print([(m.name, m.ispkg) for m in pkgutil.walk_packages(plugins.__path__, "plugins.")])
m = next(pkgutil.iter_modules([os.path.join(here, "plugins")]))
print(type(m).__name__, m._fields, repr(m.module_finder).startswith("FileFinder("))
print(pkgutil.get_data("plugins", "data.txt"))
print(pkgutil.resolve_name("os.path:join") is os.path.join, pkgutil.resolve_name("os.path.join") is os.path.join)
for bad in ["1abc", "os.nope"]:
    try:
        pkgutil.resolve_name(bad)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(pkgutil.extend_path(["x"], "plugins") == ["x", os.path.join(here, "plugins")])
try:
    list(pkgutil.iter_modules("abc"))
except ValueError as e:
    print("ValueError", e)
import shutil
shutil.rmtree(here)

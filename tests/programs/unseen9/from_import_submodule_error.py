# `from pkg import sub` where running sub fails: the error raised inside sub (here a module
# it imports is missing) goes through; only a missing `sub` itself is "cannot import name".
import os
import sys
import tempfile

root = tempfile.mkdtemp()
pkg = os.path.join(root, "pkg_fromlist")
os.mkdir(pkg)
with open(os.path.join(pkg, "__init__.py"), "w") as f:
    f.write("present = 1\n")
with open(os.path.join(pkg, "broken.py"), "w") as f:
    f.write("import no_such_module_for_fromlist\n")
with open(os.path.join(pkg, "raises.py"), "w") as f:
    f.write("raise ValueError('raised while importing raises')\n")
with open(os.path.join(pkg, "fine.py"), "w") as f:
    f.write("value = 42\n")
sys.path.insert(0, root)

try:
    from pkg_fromlist import broken
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)

try:
    from pkg_fromlist import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], "| name:", e.name)

try:
    from pkg_fromlist import raises
except ValueError as e:
    print(type(e).__name__, e)

from pkg_fromlist import fine, present
print(fine.value, present)
print(sorted(m for m in sys.modules if m.startswith("pkg_fromlist")))

for name in os.listdir(pkg):
    os.remove(os.path.join(pkg, name))
os.rmdir(pkg)
os.rmdir(root)

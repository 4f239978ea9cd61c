# a module runs once; later imports reuse sys.modules
import _helper_mod
import _helper_mod as h2
from _helper_mod import bump
print(_helper_mod is h2, bump(), _helper_mod.bump(), h2.counter)
import sys
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod, sys.modules["__main__"].__name__)
import importlib
m = importlib.import_module("_helper_mod")
print(m is _helper_mod, type(_helper_mod).__name__, _helper_mod.__name__)
print(sorted(n for n in dir(_helper_mod) if not n.startswith("_")))

# importlib: import_module (absolute and relative), util.find_spec, spec_from_file_location, __spec__
import importlib, importlib.util, sys, os
m = importlib.import_module("_helper_mod")
print(m.__name__, m is sys.modules["_helper_mod"], m.__spec__.name, m.__spec__.origin.endswith("_helper_mod.py"))
print(m.__spec__.parent == "", m.__spec__.submodule_search_locations, m.__spec__.has_location)
print(importlib.import_module("json").__name__, importlib.import_module(".decoder", "json").__name__)
print(importlib.util.find_spec("collections").name, importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.resolve_name(".x", "pkg.sub"), importlib.util.resolve_name("y", None))
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("loaded_by_path", os.path.join(here, "_helper_mod.py"))
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.bump(), "loaded_by_path" in sys.modules)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
print(__spec__, sys.modules["__main__"].__name__)
import math
print(math.__spec__.name)

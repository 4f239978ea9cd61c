import sys
import types
import importlib

mod = types.ModuleType("plugins", "Plugin registry")
exec("""
_registry = {"csv": "CSVPlugin", "json": "JSONPlugin"}
def __getattr__(name):
    if name in _registry:
        return _registry[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(list(_registry) + ["__getattr__"])
""", mod.__dict__)
sys.modules["plugins"] = mod
import plugins
print(plugins.csv, plugins.__doc__, dir(plugins))
try:
    plugins.xml
except AttributeError as e:
    print("AttributeError:", e)
from plugins import json as j
print(j)
try:
    from plugins import yaml
except ImportError as e:
    print("ImportError:", e)
print(repr(mod).startswith("<module 'plugins'"), mod.__name__, mod.__spec__)
try:
    import does_not_exist_pkg
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    importlib.import_module(".x", package=None)
except TypeError as e:
    print("TypeError:", e)
m2 = importlib.import_module("json.decoder")
print(m2.__name__, "json" in sys.modules, importlib.util.find_spec("nope_mod") is None if hasattr(importlib, "util") else "n/a")
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], list(mp), type(mp).__name__)
def f(): pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(sys) is types.ModuleType)
print(types.new_class("Dyn", (object,), {}, lambda ns: ns.update(x=5)).x)

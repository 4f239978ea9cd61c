# None in sys.modules halts an import (ModuleNotFoundError naming it), also for native modules;
# json then runs without its accelerator.
import sys
for name in ("_json", "json_nonexistent_mod", "math", "collections"):
    sys.modules[name] = None
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(type(e).__name__, e, e.name)
    del sys.modules[name]
# a module that tries the accelerator and falls back
for k in [k for k in sys.modules if k == "json" or k.startswith("json.")]:
    del sys.modules[k]
sys.modules["_json"] = None
import json, json.decoder
print(json.loads('{"a": [1, 2.5, null]}'), json.decoder.c_scanstring, json.dumps({"b": (1, 2)}))

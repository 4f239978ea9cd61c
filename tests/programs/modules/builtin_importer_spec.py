# Built-in modules' specs name _frozen_importlib.BuiltinImporter as their loader (also before
# importlib is imported); threading's locks cannot be pickled or copied.
import sys
import marshal

print(sys.__spec__.loader, sys.__spec__)
print(sys.__loader__, marshal.__spec__.loader is sys.__spec__.loader)
import builtins
print(builtins.__spec__.loader, builtins.__loader__)
L = sys.__spec__.loader
print(L.__name__, L.__module__, L.is_package("sys"), L.get_source("sys"), L.get_code("sys"))
print(callable(L.create_module), callable(L.exec_module))
import importlib.util
import importlib.machinery
print(importlib.util.find_spec("sys").loader is L, importlib.machinery.BuiltinImporter is L)
print(importlib.util.find_spec("marshal").origin)

import copy
import pickle
import threading
import _thread
for o in [threading.Lock(), threading.RLock(), _thread.allocate_lock()]:
    for f in (pickle.dumps, copy.copy, copy.deepcopy):
        try:
            f(o)
            print("no error")
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
for o in [threading.Condition(), threading.Event(), threading.Semaphore()]:
    try:
        pickle.dumps(o)
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)

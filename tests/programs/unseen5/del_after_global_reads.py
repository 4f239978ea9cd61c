# A global read by a function (LOAD_GLOBAL) is released at `del` or rebinding: its
# __del__ runs right there, as in CPython (the per-instruction cache keeps no value).
import atexit, weakref
class Resource:
    def __init__(self, name): self.name = name; print("open", name)
    def __del__(self): print("close", self.name)
    def read(self): return f"data from {self.name}"
conn = Resource("db")
def query():
    return conn.read()
print(query())
del conn
print("after del conn")
cfg = Resource("config")
def show():
    c = cfg
    return c.name.upper()
print(show(), show())
cfg = Resource("config2")
print("after rebinding cfg:", show())
class Cache:
    pass
cache = Cache()
ref = weakref.ref(cache, lambda r: print("weakref callback"))
def peek(): return type(cache).__name__
print(peek(), ref() is cache)
cache = None
print("cache gone:", ref() is None)
def use_len():
    return len("abc")
print(use_len())
import builtins
orig_len = builtins.len
builtins.len = lambda x: 42
print("shadowed builtin:", use_len())
builtins.len = orig_len
print("restored builtin:", use_len())
log = Resource("log")
def on_exit():
    print("atexit sees", log.name)
atexit.register(on_exit)
tmp = Resource("tmp")
def touch(): return tmp.name
touch()
print("end of module")

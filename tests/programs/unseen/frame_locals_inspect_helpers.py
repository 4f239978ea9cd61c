import sys
import inspect

def modify_caller():
    f = sys._getframe(1)
    print("caller locals:", sorted(k for k in f.f_locals if not k.startswith("__")))
    f.f_locals["injected"] = 99
    return f.f_code.co_name

def target():
    a = 1
    b = "two"
    name = modify_caller()
    print(name, "injected" in locals())
    return sorted(locals())

print(target())

def outer_fn():
    secret = "s3cr3t"
    def inner_fn():
        return sys._getframe(1).f_locals["secret"]
    return inner_fn()
print(outer_fn())

def gen():
    total = 0
    while True:
        x = yield total
        total += x
g = gen()
next(g)
g.send(5)
print(g.gi_frame.f_locals, g.gi_frame.f_code.co_varnames, g.gi_frame.f_back)

def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
def chain(k):
    return depth() if k == 0 else chain(k - 1)
print(chain(0) + 3 == chain(3))

class Tracker:
    def __init__(self):
        frame = inspect.currentframe().f_back
        self.created_at = (frame.f_code.co_name, frame.f_lineno)
def factory():
    return Tracker()
print(factory().created_at, Tracker().created_at[0])
def info():
    fi = inspect.getframeinfo(sys._getframe(1), context=1)
    return fi.function, fi.lineno, fi.code_context[0].strip(), fi.index
def call_info():
    return info()
print(call_info())
print([f.function for f in inspect.stack()[:1]], inspect.currentframe().f_code.co_name)
print(inspect.getmodule(target).__name__, inspect.isfunction(target), inspect.ismethod(Tracker().__init__))
print(inspect.getattr_static(Tracker, "__init__").__name__, inspect.unwrap(target) is target)
print(inspect.getfullargspec(lambda a, b=1, *c, d, **e: 0))
print(inspect.getcallargs(lambda a, b=2, *rest: 0, 1, 2, 3, 4))
print(inspect.cleandoc("""
    Hello
      indented
    world
"""))
print(inspect.isclass(Tracker), inspect.isbuiltin(len), inspect.isroutine(print), inspect.getdoc(Tracker))
print(sorted(name for name, _ in inspect.getmembers(Tracker, inspect.isfunction)))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
class K:
    def m(self, x, *, y=5, **kw):
        return x
print(inspect.getcallargs(K().m, 1, z=2)["x"], sorted(inspect.getcallargs(K.m, K(), 3, y=1)))
print(inspect.getcallargs(lambda *a, **k: 0))

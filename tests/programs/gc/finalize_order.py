# Finalization order of garbage found through list/dict cycles: weakref callbacks first, then
# __del__ and generator close in allocation order, as CPython's gc_collect_main.
import gc, weakref
class N:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def cb(name):
    return lambda r: print("callback", name)
gc.collect()
objs = [N("a"), N("b"), N("c")]
holder = {"objs": objs}
objs.append(holder)
refs = [weakref.ref(o, cb(o.name)) for o in objs[:3]]
del objs, holder
print("collected", gc.collect())
x = N("x"); y = N("y")
lx = [x, y]; x.l = lx; y.d = {"l": lx}
rx = weakref.ref(x, cb("x")); ry = weakref.ref(y, cb("y"))
del x, y, lx
print("collected", gc.collect())
def gen():
    l = []
    l.append(l)
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
lst = [g]; lst.append(lst)
del g, lst
print("collected", gc.collect())

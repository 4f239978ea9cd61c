# Cycles made only of lists, dicts and cells are found by the cycle collector
# (CPython tracks every list/dict); gc.collect() counts them as CPython does.
import gc
import weakref

gc.collect()
l = []
l.append(l)
del l
print("self list", gc.collect())

d = {}
d["d"] = d
del d
print("self dict", gc.collect())

a = [1, 2]
b = {"a": a}
a.append(b)
del a, b
print("list<->dict", gc.collect())

ring = [[] for _ in range(5)]
for i, x in enumerate(ring):
    x.append(ring[(i + 1) % 5])
del ring, x
print("ring of 5", gc.collect())

t = []
t.append((t, 1))
del t
print("via tuple", gc.collect())

def make_cell_cycle():
    x = []
    def f():
        return x
    x.append(f)
    return None
make_cell_cycle()
print("closure", gc.collect())

keep = []
keep.append(keep)
print("still referenced", gc.collect(), len(keep))
del keep
print("then freed", gc.collect())

class Obj:
    pass

o = Obj()
lst = [o]
o.lst = lst
r = weakref.ref(o, lambda w: print("callback, dead:", w() is None))
del o, lst
print("instance in a list cycle", gc.collect())

g = {}
exec("def f(): return 1", g)
del g
print("exec namespace", gc.collect())

m = {"k": [1, 2, 3]}
m["k"].append(m)
m2 = [m]
del m
print("held from outside", gc.collect(), len(m2[0]))
del m2
print("released", gc.collect())

class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

x = [WithDel("x")]
x.append(x)
y = {"y": WithDel("y")}
y["self"] = y
del x, y
print("finalizers", gc.collect())

gc.disable()
for i in range(3):
    c = []
    c.append(c)
    del c
print("disabled, three cycles", gc.collect())
gc.enable()

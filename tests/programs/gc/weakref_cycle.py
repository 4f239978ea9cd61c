import gc
import weakref

gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"

# a weakref callback runs when the cycle is collected
a = Obj("a")
a.me = a
r = weakref.ref(a, lambda ref: print("callback, ref() is", ref()))
del a
print("alive before collect:", r() is not None)
print("collected:", gc.collect())
print("after:", r())

# WeakValueDictionary entries drop when their values' cycle is collected
d = weakref.WeakValueDictionary()
for i in range(3):
    o = Obj(i)
    o.me = o
    d[i] = o
del o
print("keys before:", sorted(d.keys()))
gc.collect()
print("keys after:", sorted(d.keys()))

# __del__ sees the weakrefs to the garbage already cleared; callbacks run first
class WithDel:
    def __del__(self):
        print("__del__, weakref is", wr())

x = WithDel()
x.me = x
wr = weakref.ref(x, lambda ref: print("callback first"))
del x
gc.collect()

# weakref.finalize on an object in a cycle
y = Obj("y")
y.me = y
weakref.finalize(y, print, "finalize ran")
del y
gc.collect()
print("end")

# weakref over pydive reference counting: ref and callbacks, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"

a = Obj("a")
r = weakref.ref(a)
print(r() is a, r() , weakref.getweakrefcount(a))
del a
print(r())

b = Obj("b")
def cb(wr):
    print("callback, dead:", wr() is None, wr is rb)
rb = weakref.ref(b, cb)
print("before del")
del b
print("after del")

c = Obj("c")
r1, r2 = weakref.ref(c), weakref.ref(c)
print(r1 == r2, hash(r1) == hash(c))
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError", e)

def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(Obj)() is Obj)

d = weakref.WeakValueDictionary()
x, y = Obj("x"), Obj("y")
d["x"] = x
d["y"] = y
print(sorted(d.keys()), len(d), d["x"], "y" in d)
del y
print(sorted(d.keys()), len(d), "y" in d, d.get("y", "gone"))

k = weakref.WeakKeyDictionary()
p, q = Obj("p"), Obj("q")
k[p] = 1
k[q] = 2
print(len(k), k[p], p in k)
del p
print(len(k), [o.name for o in k])

s = weakref.WeakSet()
u, v = Obj("u"), Obj("v")
s.add(u); s.add(v)
print(len(s), u in s)
del u
print(len(s), [o.name for o in s])

def bye(msg):
    print("finalized:", msg)
w = Obj("w")
fin = weakref.finalize(w, bye, "w is gone")
print(fin.alive)
del w
print(fin.alive)
z = Obj("z")
fz = weakref.finalize(z, bye, "called early")
print(fz())
print(fz.alive, fz())

class M:
    def meth(self):
        return "meth called"
m = M()
wm = weakref.WeakMethod(m.meth)
print(wm()())
del m
print(wm())

# a callback whose ref object died first never runs
t = Obj("t")
weakref.ref(t, lambda wr: print("never printed"))
del t
print("ref dropped first: ok")

# lookups by ref(key) do not pile up
keep = Obj("keep")
kd = weakref.WeakKeyDictionary({keep: 1})
for i in range(100):
    kd[keep]
print(weakref.getweakrefcount(keep))
def make():
    o = Obj("local")
    weakref.finalize(o, bye, "unreferenced finalize still runs")
make()
print("end")

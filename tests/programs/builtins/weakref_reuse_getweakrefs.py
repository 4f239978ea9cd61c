import weakref, gc
class A: pass
a = A()
r1 = weakref.ref(a)
print(weakref.ref(a) is r1, weakref.getweakrefcount(a))
cb = lambda r: None
r2 = weakref.ref(a, cb)
r3 = weakref.ref(a, cb)
print(r2 is r1, r2 is r3)
p1 = weakref.proxy(a)
p2 = weakref.proxy(a)
print(p1 is p2)
class R(weakref.ref): pass
r4 = R(a)
print(r4 is r1, type(r4).__name__)
refs = weakref.getweakrefs(a)
print(weakref.getweakrefcount(a), len(refs))
print([x is r1 for x in refs], [x is r2 for x in refs], [x is r3 for x in refs], [x is r4 for x in refs], [x is p1 for x in refs])
del r3
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del r1
r5 = weakref.ref(a)
print(r5 is weakref.ref(a), r5() is a, weakref.getweakrefcount(a))
def f(): pass
print(weakref.ref(f) is weakref.ref(f), weakref.getweakrefcount(f))
rf = weakref.ref(f)
print(weakref.getweakrefcount(f), weakref.getweakrefs(f) == [rf], weakref.getweakrefs(f)[0] is rf)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1), weakref.getweakrefs([]))
del a
gc.collect()
print(r5(), weakref.ref(A()) is None)
b = A()
rb = weakref.ref(b)
del b
b2 = A()
print(weakref.ref(b2) is rb, rb())

# Reference cycles through a deque, a deque subclass, a Context and a deque iterator are
# collected by gc.collect() (the native data is walked and cleared like any container).
import gc, weakref
from collections import deque
import contextvars
class Box: pass
d = deque(); b = Box(); d.append(b); b.d = d
r = weakref.ref(b)
del d, b
gc.collect()
print("deque cycle freed:", r() is None)
class M(deque): pass
m = M(); m.append(m); m.attr = m
rm = weakref.ref(m); del m; gc.collect(); print("subclass cycle freed:", rm() is None)
v = contextvars.ContextVar("v")
ctx = contextvars.Context()
o = Box(); o.ctx = ctx
ctx.run(v.set, o)
ro = weakref.ref(o); del o, ctx; gc.collect(); print("context cycle freed:", ro() is None)
it_d = deque([Box()]); it = iter(it_d); it_d.append(it)
ri = weakref.ref(it_d[0]); del it_d, it; gc.collect(); print("iterator cycle freed:", ri() is None)
# after a collection, no garbage is left behind
gc.collect()
print(gc.garbage)

# what gc reports about deques (a deque and its Box: two objects; the native data is part of
# the deque); a Context's count differs (CPython counts its HAMT nodes), so it is not shown
d = deque(); b = Box(); d.append(b); b.d = d
del d, b
print("collected", gc.collect())
d = deque([1, "x", (2, 3)])
print(sorted(map(repr, gc.get_referents(d))))
box = Box(); holder = deque([box])
print([type(r).__name__ for r in gc.get_referrers(box) if r is holder])
print(gc.is_tracked(deque()), gc.is_tracked(contextvars.Context()))
print(deque.__new__(deque), end=" ")
try:
    deque.__new__(int)
except TypeError as e:
    print(e)

# Objects held by one referrer only (an instance's __dict__, a tuple, a bound method)
# inside garbage cycles: gc.collect() counts, clearing, __del__ and resurrection.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


# 1. a pair of instances whose dicts hold the cycle
a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
del a, b
print("pair", gc.collect())

# 2. the cycle runs through a tuple only its holder refers to
a = Node("t")
a.peer = (1, a, "x")
del a
print("tuple", gc.collect())

# 3. nested tuples
a = Node("nested")
a.peer = ((a, 1), (2, (3, a)))
del a
print("nested tuples", gc.collect())

# 4. through a bound method
class M:
    def f(self):
        return 1

m = M()
m.cb = m.f
del m
print("bound method", gc.collect())

# 5. through a bound builtin method
l = []
o = Node("builtin")
o.peer = l.append
l.append(o)
del l, o
print("bound builtin", gc.collect())

# 6. a tuple shared by two holders stays an object of its own
a = Node("shared")
t = (a,)
a.peer = t
b = Node("other")
b.peer = t
del a, b, t
print("shared tuple", gc.collect())

# 7. __del__ resurrects through its dict: the tuple and the dict survive, unchanged
saved = []

class D:
    def __del__(self):
        saved.append(self)

d = D()
d.me = (d, [1, 2])
d.items = {"k": (d,)}
del d
print("resurrect", gc.collect())
r = saved[0]
print(r.me[0] is r, r.me[1], r.items["k"][0] is r)
saved.clear()
r.me = r.items = None
del r

# 8. a function whose __dict__ refers back to it
def f():
    pass

f.me = (f, 1)
del f
print("function dict", gc.collect())

# 9. the cycle is cleared: a weakref callback sees the object gone, dict emptied
class W:
    pass

w = W()
w.loop = (w, {"x": w})
got = []
ref = weakref.ref(w, lambda r: got.append("callback"))
del w
print("weakref", gc.collect(), got, ref())

# 10. live holders keep everything
keep = Node("keep")
keep.peer = (keep, keep.__init__)
print("live", gc.collect(), keep.peer[0] is keep)

# 11. lists, dicts and tuples of atoms only in garbage: lists count, the others not
a = Node("atoms")
a.peer = a
a.tags = [1, 2, "x"]
a.meta = {"v": 1, "w": None}
a.pair = (len(a.tags), "y")
a.empty = []
del a
print("atoms", gc.collect())

# 12. a list of atoms shared with a live holder stays; one held twice by garbage counts once
live = [4, 5]
a = Node("shared list")
a.peer = (a, live)
b = Node("twice")
t = [7, 8]
b.peer = (b, t, t)
del a, b, t
print("shared list", gc.collect(), live)

# 13. a young (automatic) collection finds them too
gc.enable()
for i in range(3000):
    n = Node(i)
    n.peer = (n, n.__init__, (i, n), [i], {"i": i})
gc.collect()
print("many", gc.collect())

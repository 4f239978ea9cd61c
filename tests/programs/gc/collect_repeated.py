# Many collections in a row, of graphs of different sizes, each finding exactly its own
# garbage: the collector reuses its tables from one collection to the next.
import gc
import weakref

events = []

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
        self.items = []

class Fin(Node):
    def __del__(self):
        events.append("del " + self.name)

def ring(prefix, n, cls=Node):
    nodes = [cls(f"{prefix}{i}") for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.peer = b
        a.items.append({"back": a, "n": len(a.name)})
    return nodes[0]

def gen_cycle():
    def g():
        me = yield 1
        yield me
    it = g()
    next(it)
    it.send(it)  # the generator's frame holds the generator
    return it

gc.disable()
gc.collect()
sizes = [3, 400, 5, 2000, 1, 60, 3000, 2, 7]
for round_, n in enumerate(sizes):
    keep = ring("k", n)          # reachable: must survive
    r = ring(f"r{round_}_", n)   # garbage once dropped
    w = weakref.ref(r, lambda ref, round_=round_: events.append(f"cb {round_}"))
    del r
    found = gc.collect()
    print(round_, n, found >= 3 * n, w() is None, keep.peer.name == ("k1" if n > 1 else "k0"))
    # a list cycle and a dict cycle only
    l = [1, 2]
    l.append(l)
    d = {"x": 1}
    d["d"] = d
    del l, d
    print("containers", gc.collect())
    g = gen_cycle()
    wg = weakref.ref(g)
    del g
    print("generator", gc.collect(), wg() is None)

f = ring("f", 4, Fin)
del f
print("fin", gc.collect())
print(sorted(events, key=lambda e: (e.split()[0], e)))
print(gc.collect())
gc.enable()

# with automatic collections: cycles made in a loop are freed along the way
alive = []
for i in range(3000):
    a = Node("a")
    b = Node("b")
    a.peer, b.peer = b, a
    if i % 500 == 0:
        alive.append(weakref.ref(a))
gc.collect()
print([r() for r in alive])

import gc, weakref, sys
class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def selfref():
    t = Tracker("in-selfref")
    me = yield
    try:
        yield 1
    finally:
        print("selfref finally, me is", type(me).__name__)
g = selfref()
next(g)
g.send(g)
wr = weakref.ref(g)
del g
print("after del, alive:", wr() is not None)
gc.collect()
print("alive after collect:", wr() is not None)
def plain():
    try:
        yield 1
    finally:
        print("plain finally")
g = plain(); next(g)
fin = weakref.finalize(g, print, "weakref.finalize callback")
del g
print("after plain del")
def holder():
    local_obj = Tracker("gen-local")
    yield 1
    yield 2
g = holder(); next(g)
g = None
print("rebinding done")
gens = [plain() for _ in range(2)]
for x in gens: next(x)
del x
gens.clear()
print("cleared list")
it = iter(plain())
next(it)
it2 = it
del it
print("still referenced")
del it2
print("end")
def sizes():
    big = [x for x in range(1000)]
    lazy = (x for x in range(1000))
    print("list", sys.getsizeof(big), "genexpr", sys.getsizeof(lazy))
    def gen(n):
        a = b = c = 0
        for i in range(n):
            yield i
    g = gen(3)
    print("gen", sys.getsizeof(g), "same after next", sys.getsizeof(g) == (next(g), sys.getsizeof(g))[1])
    async def co(): pass
    c = co()
    print("coroutine", sys.getsizeof(c))
    c.close()
    async def ag(x):
        def inner(): return x
        yield inner
    print("async gen with cell", sys.getsizeof(ag(1)))
sizes()

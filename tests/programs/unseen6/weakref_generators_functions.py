# Weak references to generators, coroutines and their owners: callbacks fire when
# the last strong reference goes, counts and lists from the weakref functions.
import weakref
import gc


def gen(tag):
    try:
        yield tag
        yield tag * 2
    finally:
        print("gen", tag, "finally")


async def coro():
    return 1


class Holder:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Holder({self.name})"


def on_dead(tag):
    def cb(ref):
        print("callback", tag, ref() is None)
    return cb


g = gen(3)
r = weakref.ref(g, on_dead("gen"))
print(next(g), r() is g, weakref.getweakrefcount(g))
del g
print("after del", r())

c = coro()
rc = weakref.ref(c, on_dead("coro"))
c.close()
del c
print("coro ref", rc())

h = Holder("h")
refs = [weakref.ref(h), weakref.ref(h, on_dead("h1")), weakref.proxy(h)]
print(weakref.getweakrefcount(h), len(weakref.getweakrefs(h)))
print(refs[2].name, refs[0]() is h)
h.cycle = h
del h
print("before collect", refs[0]() is not None)
gc.collect()
print("after collect", refs[0]())
try:
    refs[2].name
except ReferenceError as e:
    print("ReferenceError:", e)

for args in [(), (1, 2)]:
    for fn in (weakref.getweakrefcount, weakref.getweakrefs):
        try:
            fn(*args)
        except TypeError as e:
            print("TypeError:", e)
try:
    weakref.getweakrefcount(ob=1)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount, weakref.getweakrefs)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)

ws = weakref.WeakSet()
gens = [gen(i) for i in range(3)]
for x in gens:
    ws.add(x)
print(len(ws))
next(gens[1])
del gens[1]
print(len(ws))
gens.clear()
print(len(ws))

import gc

gc.collect()

def gen(name, log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)
        print("finally", name)

class Holder:
    pass

# a suspended generator in a cycle: closed (GeneratorExit runs finally) by the collector
log = []
h = Holder()
h.g = gen("g1", log)
next(h.g)
h.me = h
del h
print("collect:", gc.collect())
print(log)

# a generator whose frame refers to itself
def selfref():
    me = yield
    try:
        yield me
    finally:
        print("selfref closed")

g = selfref()
next(g)
g.send(g)
del g
print("collect:", gc.collect())

# a coroutine never awaited, in a cycle
import warnings
warnings.simplefilter("always")

async def coro():
    pass

h = Holder()
h.c = coro()
h.me = h
del h
print("collect:", gc.collect())
print("end")

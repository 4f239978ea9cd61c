# sys.set_asyncgen_hooks, finalization of a dropped async generator, reuse errors
import sys

def drive(aw):
    while True:
        try:
            r = aw.send(None)
            print("  (suspended on", r, ")")
        except StopIteration as e:
            return ("returned", e.value)
        except StopAsyncIteration:
            return "StopAsyncIteration"
        except RuntimeError as e:
            return ("RuntimeError", str(e))

async def agen(name):
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("agen finally", name)

finalized = []
def firstiter(g):
    print("firstiter", g.__qualname__)
def finalizer(g):
    print("finalizer called for", g.__qualname__)
    finalized.append(g)
old = sys.get_asyncgen_hooks()
print(tuple(old))
sys.set_asyncgen_hooks(firstiter, finalizer)
g = agen("a")
print("created")
print(drive(g.__anext__()))
print(drive(g.__anext__()))
del g
print("after del, finalized:", len(finalized))
g = finalized.pop()
print(drive(g.aclose()))
print(g.ag_frame)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks() == old)

# a dropped async generator without hooks is closed like a generator
g = agen("b")
print(drive(g.asend(None)))
del g
print("after del b")

g = agen("c")
aw = g.asend(None)
print(drive(aw))
print(drive(aw))
aw = g.aclose()
print(drive(aw))
print(drive(aw))
print(drive(g.aclose()))
print(drive(g.athrow(ValueError("late"))))
print(drive(g.__anext__()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
print(drive(g.__anext__()))
print(drive(g.aclose()))

async def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
g = raises_in_finally()
print(drive(g.__anext__()))
try:
    drive(g.aclose())
except KeyError as e:
    print("aclose raised", repr(e))

async def returns_early():
    return
    yield
g = returns_early()
print(drive(g.__anext__()))
print(drive(g.__anext__()))

async def thrower():
    try:
        yield "t1"
    except ValueError as e:
        print("thrower caught", e)
        yield "t2"
g = thrower()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("boom"))))
try:
    drive(g.athrow(ValueError, ValueError("second")))
except ValueError as e:
    print("athrow raised", repr(e))

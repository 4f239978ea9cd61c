# sys.set_asyncgen_hooks by hand: firstiter/finalizer hooks, their checks and the
# struct sequence they come back in; asyncio's own hooks while a loop runs.
import sys, asyncio
fin = []
def firstiter(ag):
    print("firstiter", ag.__qualname__)
def finalizer(ag):
    print("finalizer", ag.__qualname__)
    fin.append(ag)
old = sys.get_asyncgen_hooks()
print(old.firstiter, old.finalizer, type(old).__name__, len(old))
sys.set_asyncgen_hooks(firstiter, finalizer)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")
a = agen()
c = a.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print("got", e.value)
del a, c
print("fin", len(fin))
ag = fin.pop()
cl = ag.aclose()
try:
    cl.send(None)
except StopIteration:
    print("closed")
for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2.5}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print("TypeError", e)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks()[0] is firstiter)
print(type(sys.get_asyncgen_hooks()), type(sys.get_asyncgen_hooks()).__module__)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
async def main():
    g = agen()
    print(await anext(g))
    print(sys.get_asyncgen_hooks().firstiter.__name__)
asyncio.run(main())
print("after run")

import asyncio
import sys


async def agen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("finalizing", name)


def firstiter(g):
    print("firstiter", g.__name__)


def finalizer(g):
    print("finalizer", g.__name__)


async def main():
    g = agen("a")
    await anext(g)
    loop = asyncio.get_running_loop()
    print(len(loop._asyncgens))
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")


asyncio.run(main())

old = sys.get_asyncgen_hooks()
print(old)
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter)


async def use():
    g = agen("b")
    async for v in g:
        if v == 1:
            break
    print("broke out")
    del g

import gc
c = use()
try:
    c.send(None)
except StopIteration:
    pass
gc.collect()
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())


async def main2():
    g = agen("c")
    await anext(g)
    return "left"

print(asyncio.run(main2()))


async def bad_finally():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        raise ValueError("in finally")


async def main3():
    g = bad_finally()
    await anext(g)

asyncio.run(main3())
print("end")

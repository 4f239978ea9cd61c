import asyncio
import contextlib
import sys


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError


async def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
            await asyncio.sleep(0)
    finally:
        print("countdown finally, n =", n)


@contextlib.asynccontextmanager
async def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except Exception as e:
        print("cm saw", repr(e))
        raise
    finally:
        print("close", name)


async def main():
    print([i async for i in Ticker(3)])
    async for i in Ticker(2):
        print("tick", i)
    async with Resource("r1") as r:
        print("inside", r.name)
    async with Resource("r2"):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource("r3"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)

    async for v in countdown(5):
        if v == 3:
            break
    g = countdown(4)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print("after aclose")
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after aclose")
    print(await anext(countdown(0), "default"))

    g = countdown(3)
    await anext(g)
    try:
        await g.athrow(RuntimeError("thrown in"))
    except RuntimeError as e:
        print("athrow propagated", e)

    async with opened("file") as f:
        print("using", f)
    try:
        async with opened("bad") as f:
            raise OSError("oops")
    except OSError as e:
        print("outer got", e)

    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(opened("a"))
        b = await stack.enter_async_context(opened("b"))
        stack.push_async_callback(lambda: asyncio.sleep(0, print("async callback")))
        print(a, b)

    async def agen_asend():
        x = yield 1
        print("received", x)
        yield x * 2

    g = agen_asend()
    print(await g.asend(None))
    print(await g.asend(21))

    # async generator left unfinished: finalized at shutdown
    g2 = countdown(10)
    await anext(g2)
    print("leaving g2 suspended")
    global keep
    keep = g2

    print(type(countdown).__name__, type(g).__name__, g.__name__, g.ag_running)

    # hooks
    print(sys.get_asyncgen_hooks().firstiter is not None)


asyncio.run(main())
print("end")

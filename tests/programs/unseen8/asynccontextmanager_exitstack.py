import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print(name, "saw", repr(e))
        raise
    finally:
        await asyncio.sleep(0)
        print("close", name)

class Conn:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("enter conn", self.n)
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit conn", self.n, et.__name__ if et else None)
        return et is ZeroDivisionError

async def main():
    log = []
    async with resource("a", log) as a, resource("b", log) as b:
        print("using", a, b)
    try:
        async with resource("c", log):
            raise KeyError("c")
    except KeyError:
        print("KeyError escaped")
    async with Conn(1) as c:
        1 / 0
    print("swallowed")
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(i)) for i in range(2, 4)]
        stack.push_async_callback(asyncio.sleep, 0)
        async def cb(x):
            print("callback", x)
        stack.push_async_callback(cb, "x")
        stack.callback(print, "sync callback")
        r = await stack.enter_async_context(resource("d", log))
        print("entered", r, [c.n for c in conns])
    print(log)
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(resource("e", log))
            stack.push_async_exit(Conn(9).__aexit__)
            raise ZeroDivisionError
    except ZeroDivisionError:
        print("not reached")
    print("zde swallowed by Conn(9)")
    @contextlib.asynccontextmanager
    async def nogen():
        if False:
            yield
    try:
        async with nogen():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    async with contextlib.aclosing(gen()) as g:
        async for x in g:
            print("gen", x)
            if x == 1:
                break
    async with contextlib.nullcontext(5) as v:
        print("nullcontext", v)
    try:
        async with Conn:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        with Conn(0):
            pass
    except TypeError as e:
        print("TypeError", e)

async def gen():
    try:
        for i in range(3):
            yield i
    finally:
        print("gen closed")

asyncio.run(main())

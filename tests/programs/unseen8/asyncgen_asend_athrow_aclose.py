import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finally")

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
                print("echo got", received)
            except ValueError as e:
                print("echo caught", repr(e))
                received = "recovered"
    finally:
        print("echo closing")

async def main():
    print([x async for x in ticker(3, 0.001)])
    print({x: x * x async for x in ticker(3, 0)})
    print([x async for x in ticker(6, 0) if x % 2])
    agen = ticker(5, 0)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print(await anext(agen, "default"))
    try:
        await anext(agen)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(ValueError("bad")))
    print(await e.asend("again"))
    try:
        await e.athrow(KeyError("k"))
    except KeyError as ex:
        print("propagated", repr(ex))
    print(e.ag_running, e.ag_frame)
    print(type(e).__name__, e.__name__, e.__qualname__)
    # async genexp
    g = (x * 2 async for x in ticker(2, 0))
    print(type(g).__name__, [y async for y in g])
    async def nested():
        return [[y async for y in ticker(i, 0)] for i in range(3)]
    print(await nested())
    # break out of async for: finalizer via loop's asyncgen hooks
    async for v in ticker(10, 0):
        if v == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end main")
    # a generator that yields in finally
    async def bad():
        try:
            yield 1
        finally:
            yield 2
    b = bad()
    await anext(b)
    try:
        await b.aclose()
    except RuntimeError as ex:
        print("RuntimeError", ex)
    # asend on fresh gen with non-None
    f = echo()
    try:
        await f.asend("x")
    except TypeError as ex:
        print("TypeError", ex)

asyncio.run(main())
print("done")

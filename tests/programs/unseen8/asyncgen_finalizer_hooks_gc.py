import asyncio
import gc

async def numbers(tag):
    try:
        for i in range(100):
            yield i
    except GeneratorExit:
        print(tag, "got GeneratorExit")
        raise
    finally:
        print(tag, "finally")

async def bad_cleanup():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        raise ValueError("cleanup failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"], repr(c.get("exception")), type(c.get("asyncgen")).__name__))
    g = numbers("A")
    print(await g.__anext__())
    del g
    gc.collect()
    print("after del A")
    await asyncio.sleep(0)
    print("one turn after del A")
    await asyncio.sleep(0)
    async for x in numbers("B"):
        if x == 3:
            break
    print("after break B")
    await asyncio.sleep(0)
    b = bad_cleanup()
    await anext(b)
    del b
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after bad cleanup")
    c = numbers("C")
    await anext(c)
    try:
        await c.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await c.athrow(KeyError)
    except KeyError:
        print("athrow on finished re-raises")
    print(await c.aclose())
    d = numbers("D")
    await anext(d)
    e_ = numbers("E")
    await anext(e_)
    print("main returning with D and E suspended")

asyncio.run(main())
print("after run")

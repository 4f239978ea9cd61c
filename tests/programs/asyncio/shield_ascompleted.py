import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    print("work done", x)
    return x

async def main():
    inner = asyncio.create_task(work("inner", 0.2))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print(await inner)
    for coro in asyncio.as_completed([work("a", 0.3), work("b", 0.1), work("c", 0.2)]):
        print("as_completed ->", await coro)
    try:
        for coro in asyncio.as_completed([work("slow", 1)], timeout=0.1):
            await coro
    except TimeoutError:
        print("as_completed timeout")
    print(await asyncio.shield(work("direct", 0)))

asyncio.run(main())

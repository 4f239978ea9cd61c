import asyncio

async def f(x, d):
    print("start", x)
    await asyncio.sleep(d)
    print("end", x)
    if x == "bad":
        raise ValueError("bad value")
    return x.upper()

async def main():
    print(await asyncio.gather(f("a", 0.02), f("b", 0.01), f("c", 0)))
    res = await asyncio.gather(f("a", 0.01), f("bad", 0), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(f("x", 0.01), f("bad", 0))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.02)
    print(await asyncio.gather())
    coro = f("same", 0)
    t = asyncio.ensure_future(coro)
    print(await asyncio.gather(t, t, f("other", 0)))
    g = asyncio.gather(f("c1", 1), f("c2", 1))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    g2 = asyncio.gather(f("c3", 1), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel("why")
    try:
        print(await g2)
    except asyncio.CancelledError as e:
        print("g2 cancelled", repr(e))

asyncio.run(main())

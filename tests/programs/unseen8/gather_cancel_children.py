import asyncio

async def part(n, d):
    try:
        await asyncio.sleep(d)
        print("part", n, "done")
        return n
    except asyncio.CancelledError as e:
        print("part", n, "cancelled", e.args)
        raise

async def main():
    g = asyncio.gather(part(1, 0.01), part(2, 0.5), part(3, 0.5))
    await asyncio.sleep(0.02)
    print(g.cancel("stop all"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather:", repr(e))
    # child cancelled directly while others continue (no return_exceptions)
    ts = [asyncio.ensure_future(part(i, 0.01 * i)) for i in range(4, 7)]
    g2 = asyncio.gather(*ts)
    await asyncio.sleep(0)
    ts[1].cancel("just one")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2:", repr(e), g2.cancelled())
    await asyncio.sleep(0.05)
    print([t.done() for t in ts], [t.cancelled() for t in ts])
    # return_exceptions with a cancelled child
    ts = [asyncio.ensure_future(part(i, 0.01)) for i in range(7, 9)]
    ts[0].cancel("seven")
    print(await asyncio.gather(*ts, return_exceptions=True))
    # outer cancel of a task awaiting gather
    async def runner():
        return await asyncio.gather(part(10, 0.5), part(11, 0.5))
    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    r.cancel("outer")
    try:
        await r
    except asyncio.CancelledError as e:
        print("runner:", repr(e))

asyncio.run(main())

import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    order = []

    # (Held for a number of loop turns, not of milliseconds: timers this close finish in
    # an order that depends on the machine's load.)
    async def worker(i, turns):
        async with sem:
            order.append(("acq", i))
            for _ in range(turns):
                await asyncio.sleep(0)
        order.append(("rel", i))

    await asyncio.gather(*(worker(i, 5 - i) for i in range(5)))
    print(order)

    cond = asyncio.Condition()
    woken = []

    async def w(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    ts = [asyncio.create_task(w(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("after notify_all:", woken)

    # a cancelled get does not lose an item
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("item")
    getter.cancel()
    try:
        await getter
        print("getter got it anyway:", getter.result())
    except asyncio.CancelledError:
        print("getter cancelled; queue size", q.qsize())

    # a put into a full queue cancelled
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    putter = asyncio.create_task(q2.put(2))
    await asyncio.sleep(0)
    putter.cancel()
    await asyncio.sleep(0)
    print(putter.cancelled(), q2.qsize(), len(q2._putters))

    # lock handoff order
    lock = asyncio.Lock()
    seen = []

    async def locker(i):
        async with lock:
            seen.append(i)
            await asyncio.sleep(0)

    await asyncio.gather(*(locker(i) for i in range(4)))
    print(seen)

    # Event set before waiting
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait())


asyncio.run(main())

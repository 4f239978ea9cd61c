import asyncio


async def limited(sem, i, active, peak):
    async with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        await asyncio.sleep(0.001 * (i % 3))
        active.remove(i)
        return i


async def main():
    sem = asyncio.Semaphore(3)
    active, peak = [], [0]
    res = await asyncio.gather(*(limited(sem, i, active, peak) for i in range(10)))
    print(res, "peak", peak[0], sem.locked())
    print(str(sem).split(" at ")[0], str(sem).split(" [")[1])

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    # Condition.wait_for
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: len(items) >= n)
            print(f"consumer {n} sees {items[:n]}")

    cs = [asyncio.create_task(consumer(n)) for n in (1, 3, 2)]
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(i)
            cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Event
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set:", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print("cleared:", ev.is_set())

    # Lock
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Barrier
    barrier = asyncio.Barrier(3)
    async def party(i):
        pos = await barrier.wait()
        return i, pos
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    print(barrier.n_waiting, barrier.broken, barrier.parties)

    b2 = asyncio.Barrier(2)
    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError", repr(e))
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    await b2.abort()
    await t
    print("broken:", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("still broken")
    await b2.reset()
    print("after reset broken:", b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

    # lock acquire cancelled
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", t.cancelled(), len(lock._waiters))
    lock.release()
    print("locked:", lock.locked())

    # reprs
    print(repr(asyncio.Lock()).split(" [")[1], repr(asyncio.Event()).split(" [")[1])
    print(repr(barrier).split(" [")[1])


asyncio.run(main())

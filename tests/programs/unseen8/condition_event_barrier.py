# pydive-flags: --virtual-time
import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    ev = asyncio.Event()
    items = []
    log = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            v = items.pop(0)
            log.append((i, v))
            print(f"consumer {i} took {v}")

    async def producer():
        for v in range(3):
            await asyncio.sleep(0.01)
            async with cond:
                items.append(v)
                cond.notify()
                print("notified for", v)
        await ev.wait()
        print("producer saw event")

    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    p = asyncio.create_task(producer())
    await asyncio.gather(*cs)
    print(repr(ev)[-10:], ev.is_set())
    ev.set()
    print(repr(ev)[-8:])
    await p
    ev.clear()
    print(ev.is_set())
    print(repr(lock).endswith("[unlocked]>"))
    await lock.acquire()
    print(repr(lock).endswith("[locked]>"), lock.locked())
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split("[")[1])
    lock.release()
    await t
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    c2 = asyncio.Condition()
    try:
        c2.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await c2.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    # notify_all
    woke = []
    async def waiter(i):
        async with c2:
            await c2.wait()
            woke.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with c2:
        print(repr(c2).split("[")[1])
        c2.notify(2)
    await asyncio.sleep(0)
    print(sorted(woke))
    async with c2:
        c2.notify_all()
    await asyncio.gather(*ws)
    print(woke)

    # Barrier
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split("[")[1])
    async def party(i):
        await asyncio.sleep(0.01 * i)
        idx = await barrier.wait()
        print(f"party {i} passed with index {idx}")
        return idx
    res = await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(res), barrier.n_waiting, barrier.broken, repr(barrier).split("[")[1])
    async def broken_party():
        try:
            await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken!", repr(e))
    bt = asyncio.create_task(broken_party())
    await asyncio.sleep(0)
    print(repr(barrier).split("[")[1])
    await barrier.abort()
    await bt
    print(barrier.broken, repr(barrier).split("[")[1])
    await barrier.reset()
    print(barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())

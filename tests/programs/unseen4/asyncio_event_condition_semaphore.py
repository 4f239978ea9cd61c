import asyncio
async def waiter(ev, name, out):
    out.append(f"{name} waiting")
    await ev.wait()
    out.append(f"{name} woke")
async def cond_worker(cond, name, out, box):
    async with cond:
        out.append(f"{name} acquired")
        await cond.wait_for(lambda: box and box[0] == name)
        out.append(f"{name} notified with {box[0]}")
        box.pop()
async def main():
    out = []
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}", out)) for i in range(4)]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print(out)
    ev.clear(); print(ev.is_set(), repr(ev).split(" at ")[0].startswith("<asyncio.locks.Event"))
    out.clear()
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(cond_worker(cond, f"c{i}", out, box)) for i in range(3)]
    await asyncio.sleep(0)
    for name in ["c2", "c0", "c1"]:
        async with cond:
            box.append(name)
            cond.notify_all()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    print(out)
    out.clear()
    cond2 = asyncio.Condition()
    async def simple(i):
        async with cond2:
            await cond2.wait()
            out.append(i)
    ts = [asyncio.create_task(simple(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify(2)
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify()
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify_all()
    await asyncio.gather(*ts)
    print(out)
    try:
        cond2.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(i)
            return i * i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak[0])
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    print(sem.locked(), bs.locked())
asyncio.run(main())

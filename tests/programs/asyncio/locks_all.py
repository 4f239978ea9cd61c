import asyncio

async def use_lock(lock, name, d):
    print(name, "wants lock", lock.locked())
    async with lock:
        print(name, "has lock")
        await asyncio.sleep(d)
    print(name, "released")

async def use_sem(sem, name):
    async with sem:
        print(name, "in sem")
        await asyncio.sleep(0)
    print(name, "out sem")

async def ev_wait(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")

async def cond_wait(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "sees", box[0])
        box.pop()

async def barrier_party(b, name):
    print(name, "arrives")
    idx = await b.wait()
    print(name, "passes", idx)

async def main():
    lock = asyncio.Lock()
    print(lock)
    await asyncio.gather(use_lock(lock, "a", 0.01), use_lock(lock, "b", 0), use_lock(lock, "c", 0))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.Semaphore(2)
    print(sem)
    await asyncio.gather(*(use_sem(sem, f"s{i}") for i in range(4)))
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    ev = asyncio.Event()
    ts = [asyncio.create_task(ev_wait(ev, f"e{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*ts)
    ev.clear()
    print(ev)
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(cond_wait(cond, f"w{i}", box)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            box.append(i)
            cond.notify()
        await asyncio.sleep(0.001)
    await asyncio.gather(*ts)
    print(cond)
    b = asyncio.Barrier(3)
    print(b)
    await asyncio.gather(*(barrier_party(b, f"p{i}") for i in range(3)))
    print(b, b.n_waiting, b.broken)
    await b.abort()
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)

asyncio.run(main())

import asyncio

log = []

async def resource(name, hold):
    log.append(f"open {name}")
    try:
        await asyncio.sleep(hold)
        return name
    except asyncio.CancelledError:
        log.append(f"cancel {name}")
        raise
    finally:
        log.append(f"close {name}")

async def limited(sem, i):
    async with sem:
        log.append(f"in {i} ({sem._value} left)")
        # Holding times (in 50 ms units) 6, 2, 1, 2, 1: no release falls on the same
        # turn as another, so each entry sees one slot still held, however loaded the machine.
        await asyncio.sleep(0.05 * (6, 2, 1, 2, 1)[i])
        return i * 10

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item)
    return len(out)

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(limited(sem, i) for i in range(5))))
    q = asyncio.Queue(maxsize=2)
    out = []
    _, n = await asyncio.gather(producer(q, 5), consumer(q, out))
    print(n, out, q.empty(), q.maxsize)
    t = asyncio.create_task(resource("db", 5), name="dbtask")
    await asyncio.sleep(0)
    print(t.get_name(), t.done())
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    inner = asyncio.create_task(resource("shielded", 0.01))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("wait_for timed out; inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws))
    done, pending = await asyncio.wait([asyncio.create_task(resource(f"r{i}", i * 0.1)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for p in sorted(pending, key=lambda t: t.get_name()):
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "a"), asyncio.sleep(0.01, "b")]):
        print("as_completed", await coro)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(resource("tg1", 1))
            tg.create_task(asyncio.sleep(0.001, "x"))
            async def boom():
                await asyncio.sleep(0.002)
                raise KeyError("k")
            tg.create_task(boom())
    except* KeyError as eg:
        print("group:", repr(eg.exceptions[0]), eg.message)
    r = await asyncio.to_thread(sum, [1, 2, 3])
    print("to_thread", r)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "called soon")
    print(await fut)

asyncio.run(main())
print("\n".join(log))

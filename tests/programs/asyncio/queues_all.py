import asyncio

async def producer(q, items):
    for it in items:
        await q.put(it)
        print("put", it, q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        it = await q.get()
        q.task_done()
        if it is None:
            print(name, "done")
            return
        print(name, "got", it)
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.empty(), q.full(), q.maxsize)
    await asyncio.gather(producer(q, range(5)), consumer(q, "c"))
    await q.join()
    print("joined", q)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print(str(lq))
    print([await lq.get() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", str(fq))
    getters = [asyncio.create_task(lq.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(lq))
    getters[0].cancel()
    lq.put_nowait("x")
    lq.put_nowait("y")
    await asyncio.sleep(0)
    print([g.result() if not g.cancelled() else "cancelled" for g in getters[:2]], getters[2].done())
    getters[2].cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

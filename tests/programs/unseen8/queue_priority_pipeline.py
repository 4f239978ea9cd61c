import asyncio

async def producer(q, n, name):
    for i in range(n):
        await asyncio.sleep(0)
        item = (i % 3, f"{name}-{i}")
        await q.put(item)
        print(f"{name} put {item}")
    print(f"{name} done producing")

async def consumer(q, name, results):
    while True:
        prio, payload = await q.get()
        try:
            results.append((name, prio, payload))
            print(f"{name} got {prio} {payload} qsize={q.qsize()}")
            await asyncio.sleep(0)
        finally:
            q.task_done()

async def main():
    q = asyncio.PriorityQueue(maxsize=2)
    print(repr(q).split(" at ")[0], q.maxsize, q.empty(), q.full())
    results = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", results), name=f"consumer-{i}") for i in range(2)]
    producers = [asyncio.create_task(producer(q, 4, f"p{i}")) for i in range(2)]
    await asyncio.gather(*producers)
    print("producers finished; unfinished:", q._unfinished_tasks)
    await q.join()
    print("joined", len(results))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print([c.cancelled() for c in consumers])
    # LIFO and nowait errors
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(str(fq), repr(fq).startswith("<Queue at"))
    try:
        fq.task_done(); fq.task_done()
    except ValueError as e:
        print("ValueError", e)
    # get with timeout
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.02)
    except TimeoutError as e:
        print("timeout", type(e).__name__, e.args)
    q2 = asyncio.Queue()
    getter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    print(q2)
    getter.cancel()
    await asyncio.sleep(0)
    print(q2, getter.cancelled())

asyncio.run(main())

import asyncio


async def producer(q, name, items):
    for i in items:
        await q.put((name, i))
        print(f"{name} put {i} (size={q.qsize()})")
        await asyncio.sleep(0)
    print(f"{name} done")


async def consumer(q, name, log):
    while True:
        who, item = await q.get()
        try:
            log.append((name, who, item))
            print(f"{name} got {item} from {who}")
            await asyncio.sleep(0)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log), name=f"cons-{i}") for i in range(2)]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", range(10, 13)))
    await q.join()
    print("joined, unfinished:", q._unfinished_tasks)
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(len(log), sorted(x[2] for x in log))
    print(q.empty(), q.full(), q.maxsize)

    # QueueFull / QueueEmpty
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # PriorityQueue with tuples
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also-high")]:
        pq.put_nowait(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(4)])
    print(repr(q2).split(" at ")[0], str(pq))

    # get with timeout
    try:
        await asyncio.wait_for(q2.get(), 0.01)
    except TimeoutError as e:
        print("timeout get", type(e).__name__)
    print("getters left:", len(q2._getters))

    # unhashable / uncomparable items in PriorityQueue
    pq2 = asyncio.PriorityQueue()
    pq2.put_nowait((1, {"a": 1}))
    try:
        pq2.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

"""asyncio basics: gather, tasks, queues, timeouts, async generators and context managers."""
import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        results.append((name, item * item))
        q.task_done()


async def fetch(n):
    await asyncio.sleep(n / 100)
    return f"data{n}"


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class Conn:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, *exc):
        print("close", exc[0])


async def fails():
    await asyncio.sleep(0)
    raise ValueError("nope")


async def main():
    print(await asyncio.gather(fetch(3), fetch(1), fetch(2)))
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    for i in range(6):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(results, key=lambda r: r[1]))
    print([i async for i in ticker(4)])
    async with Conn() as c:
        print("using", type(c).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    res = await asyncio.gather(fails(), fetch(0), return_exceptions=True)
    print(res)
    t = asyncio.create_task(fetch(5), name="slow")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.get_name())
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch(1))
        t2 = tg.create_task(fetch(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(fetch(50))
    except* ValueError as eg:
        print("group:", eg.exceptions)
    return "done"


print(asyncio.run(main()))

import asyncio

async def worker(name, q, results, lock):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        async with lock:
            results.append((name, item * 2))
        q.task_done()

async def slow(n):
    await asyncio.sleep(10)
    return n

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Res:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return False

async def main():
    q = asyncio.Queue(maxsize=3)
    lock = asyncio.Lock()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results, lock)) for i in range(2)]
    for i in range(6):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(results))
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    try:
        async with asyncio.timeout(0.01):
            await slow(2)
    except TimeoutError:
        print("timeout ctx")
    t = asyncio.create_task(slow(3))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    r = await asyncio.gather(failing(1), asyncio.sleep(0, result=5), return_exceptions=True)
    print([repr(x) for x in r])
    print([x async for x in agen(4)])
    print([x * 2 async for x in agen(5) if x % 2])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(failing(2))
            tg.create_task(slow(5))
    except* ValueError as eg:
        print("eg", type(eg).__name__, sorted(str(e) for e in eg.exceptions))
    try:
        async with Res():
            raise KeyError("x")
    except KeyError as e:
        print("caught", e)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    sem = asyncio.Semaphore(2)
    order = []
    async def limited(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(slow(1)), asyncio.create_task(asyncio.sleep(0, "x"))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    ag = agen(3)
    print(await ag.__anext__(), await anext(ag))
    await ag.aclose()
    print(await anext(ag, "default"))

asyncio.run(main())

import asyncio

async def worker(name, q, results, sem):
    while True:
        item = await q.get()
        try:
            async with sem:
                await asyncio.sleep(0)
                results.append((name, item * item))
        finally:
            q.task_done()

async def slow(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"slow {n} cleanup")
        raise

async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(f"bad {n}")

async def main():
    q = asyncio.Queue()
    sem = asyncio.Semaphore(2)
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results, sem)) for i in range(3)]
    for i in range(9):
        q.put_nowait(i)
    await q.join()
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(x for _, x in results))
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    t = asyncio.create_task(slow(2))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, 0.01))
            tg.create_task(fail(2, 0.01))
            tg.create_task(slow(3))
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions), type(eg).__name__)
    r = await asyncio.gather(fail(4, 0), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(r)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner cancelled")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("outer TimeoutError")

async def tg_fail():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(5, 0))
        tg.create_task(fail(6, 0))
try:
    asyncio.run(tg_fail())
except* ValueError as eg:
    print(repr(eg), [repr(e) for e in eg.exceptions])

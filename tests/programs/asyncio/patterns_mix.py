# Common asyncio patterns together: a bounded Queue with two producers, a Semaphore cap,
# gather with return_exceptions, wait_for/timeout, Event, TaskGroup with except*, async
# generators closed early, wait(FIRST_COMPLETED) and cancelling the rest.
import asyncio
import random

async def producer(q, n, name):
    for i in range(n):
        for _ in range(i % 3):
            await asyncio.sleep(0)
        await q.put(f"{name}-{i}")
        print(f"{name} produced {i}, size={q.qsize()}")
    await q.put(None)

async def consumer(q, results, producers):
    done = 0
    while done < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            done += 1
            continue
        results.append(item)
        print("consumed", item)

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 4, "A"), producer(q, 3, "B"), consumer(q, results, 2))
    print(sorted(results))
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
            return i * i
    print(await asyncio.gather(*(limited(i) for i in range(6))), peak)
    async def fail(x):
        await asyncio.sleep(0)
        raise ValueError(f"bad {x}")
    res = await asyncio.gather(fail(1), limited(3), fail(2), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    ev = asyncio.Event()
    async def waiter(n):
        print("waiting", n)
        await ev.wait()
        print("released", n)
    tasks = [asyncio.create_task(waiter(i), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    print([t.get_name() for t in tasks], [t.done() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(limited(1))
            tg.create_task(fail(9))
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])
    async def agen():
        try:
            for i in range(5):
                yield i
                await asyncio.sleep(0)
        finally:
            print("agen cleanup")
    async for v in agen():
        if v == 2:
            break
        print("got", v)
    g = agen()
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, "x")), asyncio.create_task(asyncio.sleep(0.5, "y"))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(pending.pop().cancelled())
    async with asyncio.timeout(0.02) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside timeout")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped")

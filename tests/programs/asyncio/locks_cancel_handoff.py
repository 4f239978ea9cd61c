# A waiter chosen by release() but cancelled before it runs hands its turn on: Lock to the
# next waiter, Semaphore gives the place back; Condition.wait retakes the lock even when
# cancelled; the reprs show the waiters meanwhile.
import asyncio

async def holder(prim, name, log, hold=2):
    async with prim:
        log.append(name + " in")
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(name + " out")

async def lock_case(kind):
    prim = asyncio.Lock() if kind == "lock" else asyncio.Semaphore(1)
    log = []
    await prim.acquire()
    tasks = [asyncio.create_task(holder(prim, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    print(kind, "before:", repr(prim).split("[")[1])
    prim.release()          # w0 is chosen...
    tasks[0].cancel()       # ...but cancelled before it runs
    await asyncio.gather(*tasks, return_exceptions=True)
    print(kind, log, [t.cancelled() for t in tasks], prim.locked())
    print(kind, "after:", repr(prim).split("[")[1])

async def condition_case():
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                log.append(name + " notified")
            except asyncio.CancelledError:
                log.append(name + " cancelled, lock held: " + str(cond.locked()))
                raise

    ts = [asyncio.create_task(waiter(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        print("condition:", repr(cond).split("[")[1])
        cond.notify(2)
        ts[0].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, [t.cancelled() for t in ts])

async def bounded():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)

async def main():
    await lock_case("lock")
    await lock_case("semaphore")
    await condition_case()
    await bounded()

asyncio.run(main())

# (Delays far apart: a debug build under load runs each step slowly.)
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", 0.1 * i), name=f"j{i}") for i in range(1, 5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print("after timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all:", names(done), names(pending))

    tasks = [
        asyncio.create_task(job("a", 0.01)),
        asyncio.create_task(job("b", 0.1, fail=True)),
        asyncio.create_task(job("c", 1)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", len(done), len(pending))
    for t in sorted(done, key=lambda t: t.get_coro().cr_frame is None):
        print("  ", t.exception() if t.exception() else t.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

    # FIRST_EXCEPTION with no exceptions == ALL_COMPLETED
    done, pending = await asyncio.wait(
        [asyncio.create_task(job(x, 0.001)) for x in "xy"], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), pending)

    # as_completed order
    coros = [job("slow", 0.2), job("fast", 0.01), job("mid", 0.1)]
    for fut in asyncio.as_completed(coros):
        print("as_completed:", await fut)

    # as_completed with timeout
    try:
        for fut in asyncio.as_completed([job("q", 0.001), job("never", 2)], timeout=0.2):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out")

    # errors
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.sleep(0)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([asyncio.create_task(job("z", 0))], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.as_completed(asyncio.sleep(0))
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.01)

    # gather variants
    print(await asyncio.gather(job("g1", 0.002), job("g2", 0.001)))
    print(await asyncio.gather())
    r = await asyncio.gather(job("e1", 0, True), job("ok", 0), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(job("e2", 0, True), job("ok2", 0.01))
    except RuntimeError as e:
        print("gather raised:", e)
    g = asyncio.gather(job("c1", 1), job("c2", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())


asyncio.run(main())

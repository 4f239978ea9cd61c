# pydive-flags: --virtual-time
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(f"j{i}", 0.05 * (i + 1), fail=(i == 1)), name=f"j{i}") for i in range(4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in done:
        print(t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(pending, timeout=0.075)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("ALL", names(done), names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    coro = job("x", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    # as_completed
    tasks = [asyncio.create_task(job(f"a{i}", d)) for i, d in enumerate([0.1, 0.02, 0.06])]
    for fut in asyncio.as_completed(tasks):
        print("as_completed", await fut)
    try:
        for fut in asyncio.as_completed([job("b", 0.5)], timeout=0.01):
            await fut
    except TimeoutError as e:
        print("as_completed timeout", repr(e))
    await asyncio.sleep(0)
    # wait with futures
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_later(0.01, f1.set_result, 1)
    loop.call_later(0.02, f2.set_exception, KeyError("k"))
    done, pending = await asyncio.wait({f1, f2}, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), f1.result(), f2.exception() if f2.done() else None)
    print(repr(f1))
    print(repr(f2))
    print(repr(loop.create_future()))
    fc = loop.create_future(); fc.cancel()
    print(repr(fc))

asyncio.run(main())

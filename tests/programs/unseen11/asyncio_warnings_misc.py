import asyncio
import gc
import sys
import warnings


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    work(1)  # never awaited
    gc.collect()
    print("after never-awaited")
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(work(2))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.sleep(-1)
        print("negative sleep ok")
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(work)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(work)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("TypeError:", e)
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, -1)
    except TimeoutError:
        print("negative wait_for timeout:", fut.cancelled())
    class Awaitable:
        def __await__(self):
            yield
            return "custom awaitable"
    print(await Awaitable())
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)

    class BadAwaitable:
        def __await__(self):
            yield "not a future"
    try:
        await asyncio.create_task(asyncio.sleep(0, await_bad()) if False else run_bad(BadAwaitable()))
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def yields_none():
        await asyncio.sleep(0)
    try:
        asyncio.get_event_loop().run_until_complete
        print("get_event_loop in coroutine ok")
    except Exception as e:
        print(e)


async def run_bad(x):
    return await x


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    asyncio.run(main())
    gc.collect()
    for x in w:
        print("warning:", x.category.__name__, x.message)

asyncio.run(main())
gc.collect()
print("end")

import asyncio
import math


async def quick():
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print("wait_for(0) timed out")
    t = asyncio.create_task(asyncio.sleep(math.inf))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("inf sleep cancelled")
    for bad in (float("nan"), "1"):
        try:
            loop.call_later(bad, print)
            print("call_later accepted", bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    h = loop.call_later(-5, print, "negative delay runs soon")
    await asyncio.sleep(0.001)
    async with asyncio.timeout(math.inf):
        await asyncio.sleep(0)
        print("inf timeout fine")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative timeout expires at once")
    print(await asyncio.gather(asyncio.sleep(0, "a"), return_exceptions=False))
    r = await asyncio.wait_for(asyncio.shield(quick()), 1)
    print(r)
    f = loop.create_future()
    f.set_result(None)
    print(await f, await f)
    try:
        await asyncio.wait_for(asyncio.sleep(0.05), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("asyncio.TimeoutError is TimeoutError:", type(e) is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0, "zero"), timeout=None))


asyncio.run(main())

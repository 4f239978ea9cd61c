# pydive-flags: --virtual-time
# Same output with real time (CPython) and virtual time (pydive --virtual-time):
# only the wall-clock duration differs.
import asyncio

async def tick(name, period, n):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        await asyncio.sleep(period)
        print(name, i, round(loop.time() - start, 1))

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(tick("fast", 0.3, 4), tick("slow", 0.5, 2))
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.4)
    except TimeoutError:
        print("timed out after", round(loop.time() - t0, 1))

asyncio.run(main())

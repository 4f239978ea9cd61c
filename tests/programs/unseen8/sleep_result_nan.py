# pydive-flags: --virtual-time
import asyncio
import time

async def countdown(name, n, step):
    while n:
        print(f"{name}: {n}")
        await asyncio.sleep(step)
        n -= 1
    print(f"{name}: liftoff")
    return name

async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.sleep(0.001, result="value")
    print("sleep result", r)
    print(await asyncio.sleep(0, "zero"))
    tasks = [
        asyncio.create_task(countdown("A", 3, 0.09)),
        asyncio.create_task(countdown("B", 2, 0.12)),
        asyncio.create_task(countdown("C", 4, 0.005)),
    ]
    for t in tasks:
        t.add_done_callback(lambda t: print("done:", t.result()))
    await asyncio.wait(tasks)
    start = loop.time()
    await asyncio.sleep(0.05)
    elapsed = loop.time() - start
    print(0.045 < elapsed < 0.5)
    await asyncio.sleep(-1)
    print("negative sleep ok")
    try:
        await asyncio.sleep(float("nan"))
    except ValueError as e:
        print("ValueError", e)
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())

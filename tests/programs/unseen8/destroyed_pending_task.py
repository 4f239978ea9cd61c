import asyncio
import gc

async def waits_forever(f):
    await f

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waits_forever(f), name="orphan")
    await asyncio.sleep(0)
    print(t)
    del t
    f = None
    gc.collect()
    await asyncio.sleep(0)
    print("after collect")

    async def raiser():
        raise ValueError("lost")
    t = asyncio.create_task(raiser(), name="raiser")
    await asyncio.sleep(0)
    t = None
    print("dropped")
    fut = loop.create_future()
    fut.set_exception(RuntimeError("future lost"))
    fut = None
    print("dropped future")

asyncio.run(main())
print("end")

import asyncio
import gc

async def fails():
    raise ValueError("nobody looks at me")

async def forever():
    await asyncio.sleep(100)

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    gc.collect()
    print("after del")

asyncio.run(main())
loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.001))
del t
loop.close()
gc.collect()
print("end")

import asyncio
import gc


async def forever():
    await asyncio.sleep(3600)


async def waiter(fut):
    await fut


async def main():
    asyncio.create_task(forever())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(waiter(fut), name="waits-on-future")
    await asyncio.sleep(0)
    return "main finished"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
tasks = asyncio.all_tasks(loop)
print(len(tasks))
del tasks
loop.close()
del loop
gc.collect()
print("after collect")


async def gen_user():
    async def ticker():
        try:
            while True:
                yield 1
                await asyncio.sleep(0)
        finally:
            print("ticker finalized")
    async for _ in ticker():
        break
    print("loop broke")

asyncio.run(gen_user())

import asyncio

async def quick(n):
    print("quick", n)
    return n

async def slow(n):
    print("slow start", n)
    await asyncio.sleep(0)
    print("slow end", n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1))
    print("created quick, done:", t.done())
    t2 = asyncio.create_task(slow(2))
    print("created slow, done:", t2.done())
    print(await t, await t2)
    loop.set_task_factory(None)
    print(loop.get_task_factory())

asyncio.run(main())

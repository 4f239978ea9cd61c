import asyncio

async def worker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name * 2

async def main():
    t1 = asyncio.create_task(worker("A", 3, 0))
    t2 = asyncio.create_task(worker("B", 3, 0))
    t3 = asyncio.create_task(worker("C", 2, 0.01))
    print("created", t1.get_name(), t2.get_name(), t3.get_name())
    await asyncio.sleep(0)
    print("main after sleep(0)")
    r = await t1
    print("t1 ->", r)
    print(await t2, await t3)
    print(await asyncio.sleep(0.01, result="slept"))

asyncio.run(main())

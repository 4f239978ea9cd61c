# Two tasks taking turns with sleep(0), one task started from inside another, and a
# gather: the order comes from the ready queue (FIFO) and one _run_once at a time.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    child = asyncio.create_task(worker("child", 2))
    results = await asyncio.gather(worker("a", 2), worker("b", 1))
    print("gathered", results, await child)

asyncio.run(main())

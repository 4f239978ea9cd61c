# bench: asyncio task switching: 100,000 tasks each doing several sleep(0), then gather
import asyncio

async def worker(n, box):
    for _ in range(n):
        box[0] += 1
        await asyncio.sleep(0)
    return n

async def main(tasks, steps):
    box = [0]
    results = await asyncio.gather(*(worker(steps, box) for _ in range(tasks)))
    return box[0], sum(results)

print(asyncio.run(main(100_000, 5)))

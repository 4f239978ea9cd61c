# bench: asyncio.Queue producer/consumer with a bounded queue (futures, wakeups, deque)
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item

async def main(n):
    q = asyncio.Queue(maxsize=8)
    _, total = await asyncio.gather(producer(q, n), consumer(q))
    return total

print(asyncio.run(main(40_000)))

# bench: the timer heap: many call_at/call_later with cancellations, run to completion
import asyncio

async def main(n):
    loop = asyncio.get_running_loop()
    fired = []
    t0 = loop.time()
    handles = [loop.call_at(t0 + (i % 97) * 1e-5, fired.append, i) for i in range(n)]
    for h in handles[::2]:
        h.cancel()
    await asyncio.sleep(0.002)
    futs = [loop.create_future() for _ in range(n // 10)]
    for i, f in enumerate(futs):
        loop.call_soon(f.set_result, i)
    total = 0
    for f in futs:
        total += await f
    return len(fired), total

print(asyncio.run(main(30_000)))

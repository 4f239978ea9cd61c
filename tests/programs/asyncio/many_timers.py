# More than 100 timers, most cancelled: the loop rebuilds its heap; order stays right.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = []
    t0 = loop.time()
    for i in range(300):
        handles.append(loop.call_at(t0 + 0.001 * (i % 7) + 0.01, fired.append, i))
    for h in handles[::3]:
        pass
    for i, h in enumerate(handles):
        if i % 4:
            h.cancel()
    await asyncio.sleep(0.05)
    print(len(fired), fired[:20])
    print(fired == sorted(fired, key=lambda i: (i % 7, i)))

asyncio.run(main())

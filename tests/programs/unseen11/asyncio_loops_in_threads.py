import asyncio
import threading
import time
import queue


def loop_in_thread(n, results):
    async def job():
        await asyncio.sleep(0.01 * n)
        return threading.current_thread().name, n * n
    results[n] = asyncio.run(job())


results = {}
threads = [threading.Thread(target=loop_in_thread, args=(i, results), name=f"T{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()

    def producer():
        for i in range(3):
            time.sleep(0.01)
            loop.call_soon_threadsafe(q.put_nowait, i)
        loop.call_soon_threadsafe(q.put_nowait, None)

    t = threading.Thread(target=producer)
    t.start()
    got = []
    while (x := await q.get()) is not None:
        got.append(x)
    t.join()
    print("from thread:", got)

    # a background loop in another thread, fed with run_coroutine_threadsafe
    bg = asyncio.new_event_loop()
    th = threading.Thread(target=bg.run_forever)
    th.start()

    async def remote(x):
        await asyncio.sleep(0.001)
        return x + 100, asyncio.get_running_loop() is bg

    futs = [asyncio.run_coroutine_threadsafe(remote(i), bg) for i in range(3)]
    print([await asyncio.wrap_future(f) for f in futs])
    f = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), bg)
    f.cancel()
    await asyncio.sleep(0.01)
    print("cancelled:", f.cancelled())
    bg.call_soon_threadsafe(bg.stop)
    th.join()
    bg.close()
    print("bg closed:", bg.is_closed())

    sq = queue.Queue()
    await loop.run_in_executor(None, sq.put, "via executor")
    print(sq.get_nowait())


asyncio.run(main())

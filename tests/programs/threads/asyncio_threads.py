# asyncio.to_thread and loop.run_in_executor run blocking calls in threads.
import asyncio
import concurrent.futures
import threading
import time


def blocking(n):
    time.sleep(0.2 * n)
    print('blocking done', n, threading.current_thread().name.split('_')[0])
    return n * 10


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.25)
        print('tick', i)


async def main():
    print(await asyncio.to_thread(blocking, 1))
    results = await asyncio.gather(asyncio.to_thread(blocking, 3), ticker(),
                                   asyncio.to_thread(blocking, 2))
    print(results)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        print(await loop.run_in_executor(pool, blocking, 2))
    try:
        await asyncio.to_thread(int, 'x')
    except ValueError as e:
        print('error from thread:', e)
    with concurrent.futures.ThreadPoolExecutor(1) as other:
        print('wrapped', await asyncio.wrap_future(other.submit(lambda: 7)))


asyncio.run(main())
print('after run', threading.active_count())

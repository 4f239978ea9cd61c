# run_coroutine_threadsafe from a worker thread to the loop of the main thread.
import asyncio, threading, time
async def add(a, b):
    await asyncio.sleep(0.05)
    print('add runs in', threading.current_thread().name)
    return a + b
def worker(loop):
    time.sleep(0.02)
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print('worker got', fut.result(timeout=2))
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print('in thread:', e)
    return 'ok'
async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(worker, loop))
asyncio.run(main())

import asyncio
import threading
import time


def blocking(x):
    time.sleep(0.01)
    return x * 2


def fails():
    raise ValueError("in thread")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 21))
    print(await loop.run_in_executor(None, blocking, 5))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("to_thread raised:", e)
    res = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print(res)

    # run_coroutine_threadsafe from a thread
    async def add(a, b):
        await asyncio.sleep(0.001)
        return a + b

    results = []

    def thread_body():
        fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        results.append(fut.result(timeout=5))
        loop.call_soon_threadsafe(event.set)

    event = asyncio.Event()
    t = threading.Thread(target=thread_body)
    t.start()
    await event.wait()
    t.join()
    print("threadsafe result:", results)

    # future from executor
    fut = loop.run_in_executor(None, sum, [1, 2, 3])
    print(type(fut).__name__, await fut)

    # contextvars propagate into to_thread
    import contextvars
    var = contextvars.ContextVar("var", default="default")
    var.set("set-in-task")
    print(await asyncio.to_thread(var.get))

    # wrap_future
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
        cf = ex.submit(blocking, 100)
        print(await asyncio.wrap_future(cf))


asyncio.run(main())
print("done")

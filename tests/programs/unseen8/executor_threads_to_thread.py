import asyncio
import threading
import time
import concurrent.futures

def blocking(n):
    time.sleep(0.01 * n)
    return n * n, threading.current_thread() is threading.main_thread()

def failing():
    raise OSError(5, "disk gone")

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 2)
    print("default executor", r)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking, i) for i in range(3)]
        print(type(futs[0]).__name__)
        print(await asyncio.gather(*futs))
    try:
        await loop.run_in_executor(None, failing)
    except OSError as e:
        print("OSError", e.errno, e.strerror, repr(e))
    r = await asyncio.to_thread(blocking, 1)
    print("to_thread", r)
    ev = threading.Event()
    def setter():
        time.sleep(0.01)
        loop.call_soon_threadsafe(print, "from thread via call_soon_threadsafe")
        ev.set()
    th = threading.Thread(target=setter)
    th.start()
    await asyncio.to_thread(ev.wait)
    th.join()
    await asyncio.sleep(0)
    async def coro():
        await asyncio.sleep(0.01)
        return "threadsafe result"
    def from_thread():
        f = asyncio.run_coroutine_threadsafe(coro(), loop)
        return f.result(timeout=2)
    print(await asyncio.to_thread(from_thread))
    import contextvars
    var = contextvars.ContextVar("var", default="unset")
    var.set("main-value")
    print(await asyncio.to_thread(var.get))
    print(await loop.run_in_executor(None, var.get))

asyncio.run(main())
print("exit")

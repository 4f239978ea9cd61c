import asyncio
import functools

async def sleeper(d):
    await asyncio.sleep(d)

def cb(a, b=None):
    pass

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper(10), name="sleepy")
    await asyncio.sleep(0)
    t.cancel()
    print(repr(t).split(" wait_for=")[0])
    await asyncio.sleep(0)
    print(repr(t))
    h = loop.call_soon(functools.partial(cb, 1, b=2))
    print(repr(h))
    h.cancel()
    h2 = loop.call_soon(cb, "x" * 100, [1, 2, 3, 4, 5, 6, 7, 8])
    print(repr(h2))
    h2.cancel()
    h3 = loop.call_soon(lambda: None)
    print(repr(h3))
    sem = asyncio.Semaphore(0)
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(repr(sem).split(" at 0x")[0], repr(sem).split("] ")[-1] if "]" in repr(sem) else repr(sem)[-40:])
    sem.release()
    sem.release()
    await asyncio.gather(*waiters)
    print(repr(sem)[-25:])
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    await getter
    q.put_nowait(2)
    print(str(q))
    lock = asyncio.Lock()
    async with lock:
        print(repr(lock)[-10:])
    print(repr(lock)[-12:])
    ev = asyncio.Event()
    print(repr(ev)[-8:])
    g = asyncio.gather(sleeper(0))
    print(repr(g))
    await g
    print(repr(g))
    f = loop.create_future()
    f.set_result({"a": [1, 2, 3], "b": "x" * 50})
    print(repr(f))
    f2 = loop.create_future()
    for i in range(5):
        f2.add_done_callback(cb)
    print(repr(f2))
    print(repr(asyncio.TaskGroup()))
    print(asyncio.Future, asyncio.Task, asyncio.CancelledError, asyncio.TimeoutError)
    print(asyncio.InvalidStateError.__module__, asyncio.Queue.__module__, asyncio.Lock.__module__)
    print(asyncio.IncompleteReadError(b"ab", 5), asyncio.IncompleteReadError(b"ab", None))
    print(repr(asyncio.timeout(None)))

asyncio.run(main())

with asyncio.Runner() as runner:
    print(runner.run(sleeper(0)))
    print(type(runner.get_loop()).__name__)
try:
    runner.run(sleeper(0))
except RuntimeError as e:
    print("RuntimeError:", e)

import asyncio, threading, queue, contextvars
cv = contextvars.ContextVar("cv", default="unset")
def blocking(n):
    return sum(range(n)), cv.get()
async def main():
    loop = asyncio.get_running_loop()
    cv.set("main-value")
    r = await loop.run_in_executor(None, blocking, 10)
    print("executor", r)
    r = await asyncio.to_thread(blocking, 5)
    print("to_thread", r)
    fut = loop.create_future()
    def worker():
        loop.call_soon_threadsafe(fut.set_result, threading.current_thread().name)
    th = threading.Thread(target=worker, name="helper")
    th.start()
    print("thread result", await fut)
    th.join()
    order = []
    for i in range(5):
        loop.call_later(0.01, order.append, i)
    loop.call_soon(order.append, "soon")
    h = loop.call_later(0.01, order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.05)
    print(order)
    t0 = loop.time()
    ho = loop.call_at(t0 + 1000, print, "never")
    print(type(ho).__name__, ho.when() == t0 + 1000)
    ho.cancel()
    def in_thread_run():
        async def sub():
            await asyncio.sleep(0)
            return cv.get()
        return asyncio.run(sub())
    print("nested run in thread", await asyncio.to_thread(in_thread_run))
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError", e)
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
asyncio.run(main())
q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 10)
        q.task_done()
ths = [threading.Thread(target=consumer) for _ in range(3)]
for t in ths: t.start()
for i in range(10): q.put(i)
for _ in ths: q.put(None)
q.join()
for t in ths: t.join()
print(sorted(results))
lock = threading.Lock()
counter = 0
def inc():
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
ths = [threading.Thread(target=inc) for _ in range(4)]
for t in ths: t.start()
for t in ths: t.join()
print(counter)
ev = threading.Event()
print(ev.wait(0.01), ev.is_set())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())

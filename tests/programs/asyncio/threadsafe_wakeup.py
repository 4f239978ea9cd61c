import asyncio, threading, time

async def work(x):
    await asyncio.sleep(0)
    return x * 2

def other(loop, results):
    time.sleep(0.05)
    cf = asyncio.run_coroutine_threadsafe(work(21), loop)
    results.append(cf)

async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=other, args=(loop, results))
    t.start()
    fut = loop.create_future()
    def later():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 'woken')
    t2 = threading.Thread(target=later)
    t2.start()
    print(await fut)
    t.join()
    t2.join()
    print(await asyncio.wrap_future(results[0]))

asyncio.run(main())
print('done')
async def work(x):
    await asyncio.sleep(0)
    return x * 2

# 1. the loop runs in a thread; the main thread submits to it
ready = threading.Event()
box = {}
def run_loop():
    loop = asyncio.new_event_loop()
    box['loop'] = loop
    ready.set()
    loop.run_forever()
    loop.close()
t = threading.Thread(target=run_loop)
t.start()
ready.wait()
time.sleep(0.05)
cf = asyncio.run_coroutine_threadsafe(work(5), box['loop'])
print('from thread loop:', cf.result(timeout=5))
box['loop'].call_soon_threadsafe(box['loop'].stop)
t.join()
print('loop thread ended')

# 2. a thread woken by an Event (no deadline anywhere) calls call_soon_threadsafe
async def main():
    loop = asyncio.get_running_loop()
    go = threading.Event()
    fut = loop.create_future()
    def waiter():
        go.wait()
        loop.call_soon_threadsafe(fut.set_result, 'after event')
    th = threading.Thread(target=waiter)
    th.start()
    def setter():
        time.sleep(0.05)
        go.set()
    th2 = threading.Thread(target=setter)
    th2.start()
    print(await fut)
    th.join(); th2.join()
asyncio.run(main())

# taskmem (docs/PERFORMANCE.md "bytes per suspended task, object by object"): under CPython 3.12,
# sys.getsizeof of each object one task suspended in Event.wait holds, then tracemalloc's
# blocks and bytes per task for 20,000 such tasks. (cr_frame makes a frame object CPython
# otherwise never makes; the Future's _callbacks list is made when read.)
import asyncio, sys, tracemalloc, gc
async def waiter(event):
    await event.wait()
async def main():
    event = asyncio.Event()
    await asyncio.sleep(0)
    t = asyncio.create_task(waiter(event))
    await asyncio.sleep(0)
    coro = t.get_coro()
    fut = t._fut_waiter
    inner = coro.cr_await              # Event.wait coroutine
    it = inner.cr_await                # FutureIter
    rows = [('Task', t), ('Context', t.get_context()), ('coroutine waiter', coro),
            ('frame waiter', coro.cr_frame), ('coroutine Event.wait', inner),
            ('frame Event.wait', inner.cr_frame), ('Future', fut), ('FutureIter', it),
            ('Future callbacks list', fut._callbacks)]
    for name, o in rows:
        print(f'{name:24} {sys.getsizeof(o):5} {type(o).__name__}')
    event.set()
    await t
    N = 20000
    tracemalloc.start()
    tasks = [None] * N
    s1 = tracemalloc.take_snapshot()
    for i in range(N):
        tasks[i] = asyncio.create_task(waiter(event2))
    await asyncio.sleep(0)
    s2 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    tot = sum(st.size_diff for st in s2.compare_to(s1, 'filename'))
    cnt = sum(st.count_diff for st in s2.compare_to(s1, 'filename'))
    print(f'tracemalloc: {tot / N:.0f} bytes, {cnt / N:.1f} blocks per suspended task')
    event2.set()
    await asyncio.gather(*tasks)
event2 = None
async def m2():
    global event2
    event2 = asyncio.Event()
    await main()
asyncio.run(m2())

import asyncio

async def waiter(fut):
    return await fut

async def child():
    await asyncio.sleep(0)
    return [1, 2, 3]

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    t = asyncio.create_task(waiter(fut), name="waiter")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(repr(fut))
    fut.set_result("x" * 50)
    print(repr(fut))
    await t
    print(repr(t))
    c = asyncio.create_task(child())
    print(c.get_name().startswith("Task-"), c.get_coro().__name__)
    await c
    print(repr(c))
    c.set_name(42)
    print(c.get_name())
    def cb(f):
        pass
    f = loop.create_future()
    f.add_done_callback(cb)
    f.add_done_callback(print)
    print(repr(f))
    f.add_done_callback(cb)
    print(repr(f))
    print(f.remove_done_callback(cb), repr(f))
    f.set_exception(ValueError("boom"))
    print(repr(f))
    f.exception()
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(1))
    h = loop.call_soon(cb, 1, "two")
    print(repr(h))
    h.cancel()
    print(repr(h))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)

asyncio.run(main())

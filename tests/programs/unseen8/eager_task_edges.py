import asyncio
import contextvars

var = contextvars.ContextVar("var", default="none")

async def child(n):
    print("child", n, "current is self:", asyncio.current_task() is not None and asyncio.current_task().get_name(), var.get())
    var.set(f"child{n}")
    if n % 2:
        await asyncio.sleep(0)
        print("child", n, "resumed", var.get())
    return n

async def raiser():
    raise ValueError("eager boom")

async def canceller():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    var.set("main")
    t1 = asyncio.create_task(child(1), name="c1")
    t2 = asyncio.create_task(child(2), name="c2")
    print(t1.done(), t2.done(), var.get())
    print(t2)
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await t1
    t3 = asyncio.create_task(raiser(), name="r")
    print(t3.done(), repr(t3.exception()))
    t4 = asyncio.create_task(canceller(), name="cc")
    print(t4.done())
    try:
        await t4
    except asyncio.CancelledError:
        print("t4 cancelled", t4.cancelled())
    t5 = asyncio.Task(child(5), loop=loop, eager_start=True, name="explicit")
    print("explicit eager", t5.done())
    await t5
    t6 = asyncio.Task(child(6), loop=loop, eager_start=True)
    print(t6.done(), t6.result())
    results = await asyncio.gather(*(child(i) for i in range(7, 10)))
    print(results)
    done, pending = await asyncio.wait([asyncio.create_task(child(10))])
    print(len(done), len(pending))
    async with asyncio.timeout(1):
        t = asyncio.create_task(child(11))
        await t
    def cb(t):
        print("done callback for", t.get_name())
    t7 = asyncio.create_task(child(12), name="c12")
    t7.add_done_callback(cb)
    await asyncio.sleep(0)
    try:
        asyncio.Task(child(13), eager_start=True)
    except AttributeError as e:
        print("AttributeError", e)
    import gc; gc.collect()
    print("end")

asyncio.run(main())

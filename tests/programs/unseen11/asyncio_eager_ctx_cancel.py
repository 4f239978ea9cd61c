import asyncio
import contextvars
import sys

request_id = contextvars.ContextVar("request_id", default=None)


async def handler(i):
    request_id.set(i)
    await asyncio.sleep(0.001 * (3 - i))
    return f"req {i} -> {request_id.get()}"


async def quick(x):
    print("quick runs", x)
    return x


async def main():
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print("outer:", request_id.get())

    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1))
    print("eager done immediately:", t.done(), t.result())
    t2 = asyncio.create_task(handler(5))
    print("eager not done:", t2.done())
    print(await t2)
    loop.set_task_factory(None)
    t = asyncio.create_task(quick(2))
    print("lazy done:", t.done())
    await t
    print(loop.get_task_factory())

    # custom factory
    def factory(loop, coro, **kw):
        print("factory called for", coro.__name__, sorted(kw))
        return asyncio.Task(coro, loop=loop, **kw)
    loop.set_task_factory(factory)
    await asyncio.create_task(quick(3), name="named")
    loop.set_task_factory(None)

    # cancellation counts
    async def sleeper():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            ct = asyncio.current_task()
            print("cancelling():", ct.cancelling())
            print("uncancel():", ct.uncancel())
            return "recovered"
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    print(await t, t.cancelled())
    print(t.cancel())

    # shield
    async def important():
        await asyncio.sleep(0.01)
        print("important finished")
        return 42
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(asyncio.shield(inner) if False else shielded(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner still running:", not inner.done())
    print(await inner)

    # done callbacks
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: print("cb", i, fut.result()))
    print(f.remove_done_callback(print))
    f.set_result("r")
    print("before callbacks run")
    await asyncio.sleep(0)
    ctx = contextvars.copy_context()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("ctx cb", request_id.get()), context=ctx)
    request_id.set("main")
    f.set_result(None)
    await asyncio.sleep(0)

    when = loop.time() + 0.005
    loop.call_at(when, print, "call_at fired")
    loop.call_later(0.001, print, "call_later fired")
    loop.call_soon(print, "call_soon fired")
    await asyncio.sleep(0.01)
    print(await asyncio.sleep(0, result="sleep result"))


async def shielded(inner):
    return await asyncio.shield(inner)


asyncio.run(main())

import asyncio
import inspect
import types


@types.coroutine
def legacy_sleep():
    yield


@types.coroutine
def wait_future(fut):
    result = yield from fut
    return result


async def inner(ev):
    await ev.wait()
    return "inner done"


async def main():
    await legacy_sleep()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    print(await wait_future(fut))

    ev = asyncio.Event()
    c = inner(ev)
    print(inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), c.cr_running, type(c.cr_await).__name__)
    print(c.cr_frame.f_code.co_name, c.cr_code.co_name, c.__qualname__)
    ev.set()
    print(await t, inspect.getcoroutinestate(c), c.cr_await, c.cr_frame)
    print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(fut))
    print(inspect.iscoroutinefunction(inner), inspect.iscoroutinefunction(legacy_sleep),
          asyncio.iscoroutinefunction(legacy_sleep))
    g = legacy_sleep()
    print(type(g).__name__, inspect.isawaitable(g), asyncio.iscoroutine(g))
    g.close()

    class MyTask(asyncio.Task):
        def __repr__(self):
            return f"<MyTask {self.get_name()}>"

    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    t = asyncio.create_task(asyncio.sleep(0, "sub"), name="custom")
    print(t, isinstance(t, asyncio.Task), await t)
    loop.set_task_factory(None)
    print(type(asyncio.current_task()).__name__)

    async def agen():
        yield 1
    ag = agen()
    print(inspect.getasyncgenstate(ag), inspect.isasyncgen(ag), inspect.isasyncgenfunction(agen))
    await ag.aclose()
    print(inspect.getasyncgenstate(ag))


asyncio.run(main())

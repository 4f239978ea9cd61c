import asyncio

async def quick(n):
    print("quick start", n)
    return n

async def slowish(n):
    print("slowish start", n)
    await asyncio.sleep(0.01)
    print("slowish end", n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print(loop.get_task_factory() is asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1))
    print("created", t.done(), t.result() if t.done() else None)
    t2 = asyncio.create_task(slowish(2))
    print("created 2", t2.done())
    print(t)
    print(await t2)
    res = await asyncio.gather(quick(3), slowish(4), quick(5))
    print(res)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quick(6))
        b = tg.create_task(slowish(7))
        print("in tg", a.done(), b.done())
    loop.set_task_factory(None)
    t = asyncio.create_task(quick(8))
    print("lazy", t.done())
    await t
    f = asyncio.create_eager_task_factory(asyncio.Task)
    loop.set_task_factory(f)
    t = asyncio.create_task(quick(9), name="eager9")
    print(t.done(), t.get_name())
    def custom_factory(loop, coro, **kw):
        print("factory called", sorted(kw))
        return asyncio.Task(coro, loop=loop, **kw)
    loop.set_task_factory(custom_factory)
    t = asyncio.create_task(quick(10), name="n10")
    await t
    print(t.get_name())
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())

import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def failer():
    raise KeyError("x")

class Holder:
    async def method(self):
        await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(sleeper(0.02), name="sleepy")
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(t.get_coro())
    t.set_name(42)
    print(t.get_name(), repr(t.get_name()))
    t2 = asyncio.create_task(failer())
    await asyncio.sleep(0)
    print(t2)
    t2.exception()
    await t
    print(t)
    t3 = asyncio.create_task(sleeper(1))
    await asyncio.sleep(0)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t3)
    h = Holder()
    t4 = asyncio.create_task(h.method())
    print(t4)
    await t4
    cur = asyncio.current_task()
    print(cur.get_name(), cur in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(asyncio.current_task(asyncio.get_running_loop()) is cur)
    print([f.f_code.co_name for f in cur.get_stack()][-1:])
    t5 = asyncio.create_task(sleeper(0.01))
    await asyncio.sleep(0)
    st = t5.get_stack()
    print(len(st), st[0].f_code.co_name)
    await t5
    print(t5.get_stack())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(print)
    print(f)
    f.set_result([1, 2, 3] * 30)
    print(f)
    g = asyncio.gather(sleeper(0))
    print(g)
    await g
    print(g)
    try:
        asyncio.current_task(None)
    except Exception as e:
        print(type(e).__name__, e)
    print(asyncio.Future)
    print(asyncio.Task)
    print(asyncio.Task.__module__, asyncio.Future.__module__, asyncio.Task.__mro__)
    print(type(t).__name__)
    await asyncio.sleep(0)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)

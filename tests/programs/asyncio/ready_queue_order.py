# The order of task steps and done-callbacks, iteration by iteration.
import asyncio

async def a():
    print("a1")
    await asyncio.sleep(0)
    print("a2")
    await asyncio.sleep(0)
    print("a3")
    return "A"

async def b(fut):
    print("b1")
    v = await fut
    print("b2", v)
    return "B"

def done_cb(name):
    def cb(f):
        print("done-callback", name, f.result())
    return cb

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b(fut))
    ta.add_done_callback(done_cb("ta"))
    tb.add_done_callback(done_cb("tb"))
    loop.call_soon(print, "soon 1")
    loop.call_soon(fut.set_result, "F")
    loop.call_soon(print, "soon 2")
    print("main before await")
    await ta
    print("main after ta")
    await tb
    print("main after tb")
    t = loop.create_task(a())
    t2 = loop.create_task(a())
    print("two a tasks")
    await asyncio.gather(t, t2)

asyncio.run(main())

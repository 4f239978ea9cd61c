# env: PYDIVE_OWN_MODULES=contextvars
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def show(tag):
    print(tag, var.get())
    var.set(f"set by {tag}")
    await asyncio.sleep(0)
    print(tag, "after", var.get())

def cb(tag):
    print("callback", tag, var.get())

async def main():
    var.set("main")
    t = asyncio.create_task(show("t1"))
    var.set("main2")
    await t
    print("main sees", var.get())
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    await asyncio.create_task(show("t2"), context=ctx)
    print("ctx has", ctx[var])
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon")
    loop.call_soon(cb, "ctx", context=ctx)
    await asyncio.sleep(0)

asyncio.run(main())

import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def step(n):
    await asyncio.sleep(0)
    return n * 10, var.get()


with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    var.set("outer")
    print(runner.run(step(2)))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    print(runner.run(step(3), context=ctx))
print("closed:", loop.is_closed())

try:
    runner.run(step(4))
except RuntimeError as e:
    print("RuntimeError:", e)

r = asyncio.Runner(debug=True)
print(r.run(step(5)))
print("debug:", r.get_loop().get_debug())
r.close()
r.close()

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

async def nested():
    try:
        asyncio.run(step(6))
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = step(7)
    c.close()
    r2 = asyncio.Runner()
    try:
        r2.run(step(8))
    except RuntimeError as e:
        print("RuntimeError:", e)
    r2.close()

asyncio.run(nested())


async def check_debug():
    loop = asyncio.get_running_loop()
    print("get_debug:", loop.get_debug())
    print(loop.slow_callback_duration)

asyncio.run(check_debug(), debug=True)
asyncio.run(check_debug(), debug=False)

async def leftover():
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("leftover task cancelled at shutdown")
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(leftover()))

async def leftover_fail():
    async def stubborn():
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            raise ValueError("refused to cancel")
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)

asyncio.run(leftover_fail())
print("end")

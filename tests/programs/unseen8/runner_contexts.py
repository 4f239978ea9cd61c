import asyncio
import contextvars

cv = contextvars.ContextVar("cv", default="d")

async def work(x):
    await asyncio.sleep(0.001)
    print("work", x, cv.get())
    cv.set(f"set-by-{x}")
    return x * 2

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg finally")

async def main_bg():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    return "main_bg done"

with asyncio.Runner() as runner:
    print(runner.run(work(1)))
    print(runner.run(work(2)))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    print(runner.run(main_bg()))
    cv.set("outer")
    print(runner.run(work(3)))
    print(cv.get())
    ctx = contextvars.copy_context()
    print(runner.run(work(4), context=ctx))
    print(ctx[cv], cv.get())
print(loop.is_closed())
try:
    runner.run(work(5))
except RuntimeError as e:
    print("RuntimeError", e)
r = asyncio.Runner(debug=False)
print(repr(r.run(work(6))))
r.close()
r.close()
try:
    asyncio.run(work)
except ValueError as e:
    print("ValueError", e)
coro = work(7)
async def nested():
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
asyncio.run(nested())
coro.close()
print(asyncio.run(work(8), debug=False))
with asyncio.Runner() as r:
    async def outer():
        try:
            r.run(work(9))
        except RuntimeError as e:
            print("RuntimeError", e)
    r.run(outer())

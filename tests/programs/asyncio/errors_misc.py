import asyncio
import types

@types.coroutine
def bad_yield(value):
    yield value

async def yields_bad():
    await bad_yield(42)

async def awaits_self():
    await asyncio.current_task()

async def main():
    for coro in (yields_bad(), awaits_self()):
        t = asyncio.create_task(coro)
        try:
            await t
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(":")[0])
    other_loop = asyncio.new_event_loop()
    foreign = other_loop.create_future()
    async def awaits_foreign():
        await foreign
    try:
        await asyncio.create_task(awaits_foreign())
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    other_loop.close()
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait_for(asyncio.sleep(0), timeout=None)
        print("wait_for None ok")
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    f = asyncio.get_running_loop().create_future()
    try:
        f.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep(-1)
        print("negative sleep ok")
    except ValueError as e:
        print("ValueError:", e)
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable"
    print(await asyncio.ensure_future(Awaitable()))

async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

asyncio.run(main())
try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print("KeyboardInterrupt propagated")

import asyncio

async def leaf(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("leaf", tag, "cancelled with", e.args)
        raise
    finally:
        print("leaf", tag, "finally")

async def middle():
    t = asyncio.create_task(leaf("inner"), name="inner")
    try:
        await t
    except asyncio.CancelledError:
        print("middle cancelled; inner:", t.cancelled(), t.cancelling())
        raise

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowing")
    return "swallowed"

async def nested_timeouts():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout")
    print("cancelling:", asyncio.current_task().cancelling())

async def main():
    m = asyncio.create_task(middle(), name="middle")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    m.cancel("from main")
    try:
        await m
    except asyncio.CancelledError as e:
        print("main saw", repr(e))
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())
    await nested_timeouts()
    w = asyncio.create_task(asyncio.wait_for(leaf("wf"), 0.01))
    try:
        await w
    except TimeoutError:
        print("wait_for timed out")
    t = asyncio.create_task(leaf("gathered"))
    g = asyncio.gather(t, asyncio.sleep(0.01, "slept"), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("child cancel")
    print(await g)

asyncio.run(main())

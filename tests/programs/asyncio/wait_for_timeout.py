import asyncio

async def slow(d, tag):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print("slow cancelled", tag)
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01, "fast enough"), 1))
    try:
        await asyncio.wait_for(slow(1, "too slow"), 0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("timeout zero")
    print(await asyncio.wait_for(slow(0, "none"), None))
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).split("when=")[0])
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.001)
    print(cm.expired(), cm.when(), repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout(0):
            print("entered with 0")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout 0 expired")
    t = asyncio.timeout(1)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

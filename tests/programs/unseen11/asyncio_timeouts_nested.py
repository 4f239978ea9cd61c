import asyncio


async def slow(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        print(f"slow {n} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print("cm repr starts:", repr(cm)[:20])
            await slow(1, 1)
    except TimeoutError as e:
        print("timeout 1:", type(e).__name__, e.args, cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(loop.time() + 0.5)
        print("rescheduled:", cm.when() is not None)
        await slow(2, 0.01)
    print("expired:", cm.expired())

    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await slow(3, 1)
            except TimeoutError:
                print("inner timeout")
            await slow(4, 1)
    except TimeoutError:
        print("outer timeout")

    # outer expires first
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(1):
                    await slow(5, 1)
            except TimeoutError:
                print("inner should not see it")
    except TimeoutError:
        print("outer first")

    # wait_for on shielded
    inner = asyncio.create_task(slow(6, 0.03))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print("wait_for timed out, inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    # wait_for success
    print("wait_for ok:", await asyncio.wait_for(slow(7, 0), 1))
    print("wait_for None:", await asyncio.wait_for(slow(8, 0.001), None))

    # timeout_at
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await slow(9, 1)
    except TimeoutError:
        print("timeout_at fired")

    # reschedule after enter to the past
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled into the past")

    # error in wait_for coro
    try:
        await asyncio.wait_for(asyncio.sleep(0, result=1 / 1), 1)
        async def bad():
            raise ValueError("bad")
        await asyncio.wait_for(bad(), 1)
    except ValueError as e:
        print("wait_for error:", e)

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("zero timeout", e.__cause__ is not None, type(e.__context__).__name__)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("last:", repr(e), repr(e.__context__), e.__suppress_context__)


asyncio.run(main())

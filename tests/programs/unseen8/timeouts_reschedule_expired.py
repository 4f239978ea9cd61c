# pydive-flags: --virtual-time
import asyncio

async def slow(n, d):
    try:
        await asyncio.sleep(d)
        return n
    except asyncio.CancelledError:
        print(f"slow({n}) cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(repr(cm).split(" ")[0], cm.expired())
            await slow(1, 1)
    except TimeoutError as e:
        print("timed out:", type(e), e.__cause__ is None, type(e.__context__).__name__)
    print("expired:", cm.expired())
    print(repr(cm))

    async with asyncio.timeout(None) as cm:
        print("deadline none", cm.when(), repr(cm))
        cm.reschedule(loop.time() + 0.03)
        print(cm.when() is not None)
        try:
            await slow(2, 1)
        except asyncio.CancelledError:
            print("inside sees CancelledError")
            raise
    print("unreachable?")

async def main2():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02) as cm:
            await asyncio.sleep(0.01)
            cm.reschedule(None)
            await asyncio.sleep(0.03)
        print("survived, expired:", cm.expired())
    except TimeoutError:
        print("no")
    r = await asyncio.wait_for(slow(3, 0.01), 0.5)
    print("wait_for result", r)
    try:
        await asyncio.wait_for(slow(4, 0.5), 0.01)
    except TimeoutError as e:
        print("wait_for timeout", repr(e), type(e.__context__).__name__)
    r = await asyncio.wait_for(slow(5, 0), None)
    print(r)
    try:
        await asyncio.wait_for(slow(6, 0.5), 0)
    except TimeoutError:
        print("zero timeout")
    # timeout inside timeout
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
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError", e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    # timeout that already expired
    try:
        async with asyncio.timeout(-1):
            print("body runs")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print("expired immediately")

async def top():
    try:
        await main()
    except TimeoutError as e:
        print("main TimeoutError", repr(e))
    await main2()

asyncio.run(top())

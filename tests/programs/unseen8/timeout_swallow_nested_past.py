import asyncio

async def main():
    loop = asyncio.get_running_loop()
    # timeout whose body catches CancelledError and continues
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed inside timeout")
    print("after: expired", cm.expired())
    # nested timeouts firing simultaneously: inner deadline later than outer
    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(0.05) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner caught (wrong)")
    except TimeoutError:
        print("outer caught", outer.expired(), inner.expired())
    # timeout raising other exception inside
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(0.05)
    except TimeoutError as e:
        print("context:", type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                raise KeyError("in finally")
    except KeyError as e:
        print("KeyError wins", repr(e), type(e.__context__).__name__)
    # wait_for on already-done future with timeout 0
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    # wait_for with negative timeout on a coroutine
    async def quick():
        return "quick"
    try:
        print(await asyncio.wait_for(quick(), -1))
    except TimeoutError:
        print("negative timeout -> TimeoutError")
    # reschedule into the past
    async with asyncio.timeout(10) as cm:
        cm.reschedule(loop.time() - 1)
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("cancelled after reschedule to past")
            raise
    print("unreachable")

async def top():
    try:
        await main()
    except TimeoutError as e:
        print("top TimeoutError", repr(e))
    t = asyncio.current_task()
    print("cancelling", t.cancelling())

asyncio.run(top())

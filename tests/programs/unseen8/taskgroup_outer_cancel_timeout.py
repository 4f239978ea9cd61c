# pydive-flags: --virtual-time
import asyncio

async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def body():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, 0.5))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("body: CancelledError out of TaskGroup, cancelling =", asyncio.current_task().cancelling())
        raise

async def timeout_in_group():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(3, 1))
    except TimeoutError as e:
        print("timeout around TaskGroup", repr(e), asyncio.current_task().cancelling())

async def group_in_timeout_child_fails():
    async def failing():
        await asyncio.sleep(0.02)
        raise OSError("io")
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(failing())
                tg.create_task(child(5, 1))
    except* OSError as eg:
        print("OSError group", eg.exceptions)
    print("cancelling after", asyncio.current_task().cancelling())

async def wait_for_group():
    async def grp():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(6, 1))
    try:
        await asyncio.wait_for(grp(), 0.05)
    except TimeoutError:
        print("wait_for around a group timed out")

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: body cancelled", t.cancelled())
    await timeout_in_group()
    await group_in_timeout_child_fails()
    await wait_for_group()
    # child raising BaseException-derived error other than CancelledError
    class Fatal(BaseException):
        pass
    async def fatal():
        await asyncio.sleep(0.01)
        raise Fatal("fatal")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fatal())
            tg.create_task(child(7, 1))
    except BaseExceptionGroup as eg:
        print("BaseExceptionGroup", repr(eg))
    except Fatal as e:
        print("Fatal directly", repr(e))
    # KeyboardInterrupt-like: SystemExit in child
    async def exiting():
        await asyncio.sleep(0.01)
        raise SystemExit(3)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(exiting())
            tg.create_task(child(8, 1))
    except SystemExit as e:
        print("SystemExit", e.code)
    await asyncio.sleep(0.01)

asyncio.run(main())

# (Delays far apart: a debug build under load runs each step slowly.)
import asyncio


async def step(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def group(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("a", 0.1, log))
        tg.create_task(step("b", 1, log))
    log.append("group exited")


async def main():
    log = []
    t = asyncio.create_task(group(log))
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled:", t.cancelled(), sorted(log))

    log = []
    try:
        async with asyncio.timeout(0.2):
            await group(log)
    except TimeoutError:
        print("timeout around group:", sorted(log))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("c", 0.1, log))
            async with asyncio.timeout(0.05):
                await asyncio.sleep(1)
    except* TimeoutError as eg:
        print("timeout inside group:", [type(e).__name__ for e in eg.exceptions], sorted(log))

    # a child cancelled on its own does not fail the group
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(step("d", 1, log))
        t2 = tg.create_task(step("e", 0.1, log))
        await asyncio.sleep(0)
        t1.cancel()
    print("self-cancelled child:", t1.cancelled(), t2.result(), sorted(log))

    # create_task on a finished group
    try:
        tg.create_task(step("f", 0, log))
    except RuntimeError as e:
        print("RuntimeError:", e)

    # nested groups
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(step("g", 0.1, log))
                    inner.create_task(fail(0.05))
            outer.create_task(inner_group())
            outer.create_task(step("h", 1, log))
    except* ValueError as eg:
        print("nested:", eg.exceptions, sorted(log))

    # exceptions that are not Exceptions
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("i", 1, log))
            async def exiting():
                raise SystemExit(3)
            tg.create_task(exiting())
    except SystemExit as e:
        print("SystemExit passes through:", e.code)
    print(repr(asyncio.TaskGroup()).split(" ")[0])


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("inner failure")


asyncio.run(main())

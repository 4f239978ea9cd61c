import asyncio

class ServiceError(Exception):
    pass

async def worker(name, delay, fail=None):
    for _ in range(delay):
        await asyncio.sleep(0)
    if fail:
        raise fail(f"{name} failed")
    return name * 2

async def slow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("a", 1))
        t2 = tg.create_task(worker("b", 3))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 1, ValueError))
            tg.create_task(worker("y", 2, ServiceError))
            tg.create_task(slow("z"))
    except* ValueError as eg:
        print("ValueError group:", eg, [str(e) for e in eg.exceptions])
    except* ServiceError as eg:
        print("ServiceError group:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("p", 1, KeyError))
            tg.create_task(worker("q", 1, KeyError))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        sub = eg.subgroup(lambda e: "p" in str(e))
        print(sub, sub.exceptions)
        match, rest = eg.split(KeyError)
        print(match is not None, rest)
    res = await asyncio.gather(worker("m", 1), worker("n", 2, OSError), return_exceptions=True)
    print(res)
    try:
        async with asyncio.timeout(0.01):
            await slow("t")
    except TimeoutError as e:
        print("timeout", type(e).__name__, e.args)
    try:
        await asyncio.wait_for(slow("w"), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    task = asyncio.create_task(slow("c"), name="my-task")
    await asyncio.sleep(0)
    task.cancel("stop now")
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancel args", e.args, task.cancelled(), task.get_name())
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    try:
        raise eg
    except* TypeError as g:
        print("TypeError part", repr(g))
    except* ValueError as g:
        print("ValueError part", repr(g))
    print(eg.derive([KeyError("d")]))

asyncio.run(main())
raise ExceptionGroup("final", [ValueError("v"), TypeError("t")])

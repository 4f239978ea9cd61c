# pydive-flags: --virtual-time
import asyncio
import traceback

class AppError(Exception):
    pass

async def worker(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail(f"{name} failed")
        print(f"{name} finished")
        return name
    except asyncio.CancelledError as e:
        print(f"{name} cancelled args={e.args}")
        raise
    finally:
        print(f"{name} finally")

async def case1():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(worker("a", 0.01))
            t2 = tg.create_task(worker("b", 0.02, ValueError))
            t3 = tg.create_task(worker("c", 0.05))
            t4 = tg.create_task(worker("d", 0.02, AppError), name="dtask")
        print("unreachable")
    except* ValueError as eg:
        print("caught ValueError group:", repr(eg), [repr(e) for e in eg.exceptions])
    except* AppError as eg:
        print("caught AppError group:", eg, eg.exceptions)
    print(t1.result(), t3.cancelled(), t4.get_name())

async def case2():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 0.01, KeyError))
            tg.create_task(worker("y", 0.01 + 0.02, TypeError))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        for e in eg.exceptions:
            traceback.print_exception(e)
        print("msg:", eg.message, len(eg.exceptions))

async def case3():
    # body raises
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("z", 0.05))
            await asyncio.sleep(0.01)
            raise RuntimeError("body broke")
    except* RuntimeError as eg:
        print("body error", eg.exceptions)

async def case4():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(worker("w", 0.01))
    print(repr(tg))
    try:
        tg.create_task(worker("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

async def case5():
    # nested groups
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(worker("i1", 0.01, ValueError))
                    tg.create_task(worker("i2", 0.04))
            outer.create_task(inner())
            outer.create_task(worker("o1", 0.06))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.split(ValueError))

async def main():
    for c in (case1, case2, case3, case4, case5):
        print("==", c.__name__)
        await c()

asyncio.run(main())

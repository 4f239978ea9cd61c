import asyncio
import sys


cancelled = []


def show_cancelled():
    for line in sorted(cancelled):
        print(line)
    cancelled.clear()


async def worker(n, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail(f"worker {n} failed")
        print(f"worker {n} ok")
        return n
    except asyncio.CancelledError as e:
        # a TaskGroup cancels its tasks in set order (by address): record, print sorted
        cancelled.append(f"worker {n} cancelled args={e.args}")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1, 0.1))
            tg.create_task(worker(2, 0.2, ValueError))
            tg.create_task(worker(3, 0.3, KeyError))
            tg.create_task(worker(4, 0.5))
    except* ValueError as eg:
        show_cancelled()
        print("caught ValueError group:", repr(eg), eg.exceptions)
    except* KeyError as eg:
        print("caught KeyError group:", eg.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            # (sleep(0), not two equal timers: whether the second timer is due in the
            # same loop turn as the first depends on the machine's speed.)
            t1 = tg.create_task(worker(5, 0, RuntimeError), name="five")
            t2 = tg.create_task(worker(6, 0, TypeError), name="six")
    except ExceptionGroup as eg:
        show_cancelled()
        print("message:", eg.message)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
        print(t1.done(), t2.done(), t1.get_name(), t2.exception())

    # body raises
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(7, 1))
            await asyncio.sleep(0)
            raise ZeroDivisionError("body")
    except* ZeroDivisionError as eg:
        show_cancelled()
        print("body error:", eg.exceptions)

    # task cancel with message
    t = asyncio.create_task(worker(8, 1))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        show_cancelled()
        print("awaiting cancelled:", e.args, t.cancelled())

    # cancel before start
    t = asyncio.create_task(worker(9, 1))
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        show_cancelled()
        print("early:", e.args)

    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(i, 0.001 * i)) for i in range(10, 13)]
    print([t.result() for t in ts])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(20, 0.01, OSError))
    except BaseExceptionGroup as eg:
        import traceback
        # the frames are this file's only: the group is caught inside main()
        print(type(eg).__name__, eg.args, eg.exceptions[0].__traceback__.tb_frame.f_code.co_name)
        show_cancelled()


asyncio.run(main())

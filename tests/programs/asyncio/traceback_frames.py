# The frames an exception crosses on its way out of a task and asyncio.run: CPython's
# Future.result, Task.__step and task_wakeup are C and leave no traceback entry.
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ValueError("deep")

async def middle():
    await asyncio.create_task(inner())

async def main():
    await middle()

def names(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

try:
    asyncio.run(main())
except ValueError as e:
    print(names(e))

async def cancelled():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print(names(e))
        raise

try:
    asyncio.run(cancelled())
except asyncio.CancelledError as e:
    print(names(e))

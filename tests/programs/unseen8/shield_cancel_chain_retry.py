# pydive-flags: --virtual-time
import asyncio

log = []

async def critical(n):
    log.append(f"critical {n} start")
    try:
        await asyncio.sleep(0.02)
    finally:
        log.append(f"critical {n} finally")
    return f"critical {n} result"

async def caller(n):
    try:
        return await asyncio.shield(critical(n))
    except asyncio.CancelledError:
        print(f"caller {n} cancelled; shielded work continues")
        raise

async def main():
    t = asyncio.create_task(caller(1))
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    await asyncio.sleep(0.03)
    print(log)
    # cancellation propagates through await chain
    async def a():
        try:
            await b()
        except asyncio.CancelledError as e:
            print("a saw", e.args)
            raise
    async def b():
        try:
            await c()
        finally:
            print("b finally")
    async def c():
        await asyncio.sleep(1)
    ta = asyncio.create_task(a())
    await asyncio.sleep(0.005)
    ta.cancel("deep")
    res = await asyncio.gather(ta, return_exceptions=True)
    print(repr(res[0]))
    # cancel a task waiting on a future: the future is cancelled too
    fut = asyncio.get_running_loop().create_future()
    async def waiter():
        await fut
    tw = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    tw.cancel()
    await asyncio.sleep(0)
    print(fut.cancelled(), tw.done())
    await asyncio.sleep(0)
    print(tw.cancelled())
    # CancelledError converted
    async def convert():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise RuntimeError("converted")
    tc = asyncio.create_task(convert())
    await asyncio.sleep(0)
    tc.cancel()
    try:
        await tc
    except RuntimeError as e:
        print("converted", repr(e), repr(e.__context__))
    # shield on completed
    done_f = asyncio.get_running_loop().create_future()
    done_f.set_result(3)
    print(asyncio.shield(done_f) is done_f)
    # uncancel in a loop
    async def retry():
        me = asyncio.current_task()
        for attempt in range(3):
            try:
                await asyncio.sleep(0.01)
                return attempt
            except asyncio.CancelledError:
                print("attempt", attempt, "cancelled, cancelling =", me.cancelling())
                me.uncancel()
    tr = asyncio.create_task(retry())
    await asyncio.sleep(0.005)
    tr.cancel()
    await asyncio.sleep(0.005)
    print(await tr)

asyncio.run(main())

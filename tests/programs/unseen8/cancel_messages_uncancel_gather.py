# pydive-flags: --virtual-time
import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError as e:
        print(f"{name}: CancelledError {e.args!r}")
        raise
    finally:
        print(f"{name}: finally")
    return name

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    await asyncio.sleep(0.01)
    return "stubborn done"

async def main():
    t = asyncio.create_task(child("t1", 1))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    print(t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print(t.cancelled(), t.done(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception raised", repr(e))

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print("cancelling", s.cancelling())
    print(await s, s.cancelled(), s.cancelling(), s.uncancel())

    # shield
    inner = asyncio.create_task(child("shielded", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled(), inner.cancelled())
    print("inner result", await inner)

    # gather with return_exceptions and a cancelled child
    a = asyncio.create_task(child("ga", 0.01))
    b = asyncio.create_task(child("gb", 0.5))
    c = asyncio.create_task(child("gc", 0.5))
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, b.cancel, "b-msg")
    loop.call_later(0.03, c.cancel)
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([repr(r) for r in res])

    # gather without return_exceptions: cancelled child -> CancelledError
    d = asyncio.create_task(child("gd", 0.5))
    e = asyncio.create_task(child("ge", 0.5))
    loop.call_later(0.01, d.cancel, "d-msg")
    try:
        await asyncio.gather(d, e)
    except asyncio.CancelledError as ex:
        print("gather raised", repr(ex))
    print(e.done())
    e.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(e.cancelled())

    # cancelling the gather itself
    g = asyncio.gather(child("g1", 0.5), child("g2", 0.5))
    await asyncio.sleep(0)
    g.cancel("whole")
    try:
        await g
    except asyncio.CancelledError as ex:
        print("gather cancelled", repr(ex), g.cancelled())

    # cancel before start
    t = asyncio.create_task(child("never", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never started:", t.cancelled())

    # current task cancels itself
    me = asyncio.current_task()
    me.cancel("self")
    try:
        await asyncio.sleep(0.01)
    except asyncio.CancelledError as ex:
        print("self cancel", ex.args, me.cancelling())
        print(me.uncancel())

asyncio.run(main())

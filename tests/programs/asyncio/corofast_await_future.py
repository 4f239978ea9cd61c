# `await fut` on native futures: the value a done future returns reaches the awaiting frame
# (SEND passes it on without a StopIteration unless a trace function or sys.monitoring
# watches); results, exceptions, cancellation, a pending future, and the 'exception' events a
# trace function sees for the StopIteration CPython's FutureIter makes.
import asyncio
import sys


async def await_done(loop):
    out = []
    for v in (1, None, "x", (2, 3), StopIteration):
        f = loop.create_future()
        f.set_result(v)
        out.append(await f)
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    try:
        await f
    except KeyError as e:
        out.append(("KeyError", e.args))
    f = loop.create_future()
    f.cancel("why")
    try:
        await f
    except asyncio.CancelledError as e:
        out.append(("cancelled", e.args))
    return out


async def await_pending(loop):
    f = loop.create_future()
    loop.call_soon(f.set_result, "later")
    r = await f
    it = f.__await__()
    try:
        it.send(None)
    except StopIteration as e:
        r2 = e.value
    return r, r2


def tracer(events):
    def trace(frame, event, arg):
        if event == "exception" and frame.f_code.co_name.startswith("traced"):
            events.append((frame.f_code.co_name, arg[0].__name__, repr(arg[1].value)))
        return trace
    return trace


async def traced(loop):
    f = loop.create_future()
    f.set_result(42)
    a = await f
    g = loop.create_future()
    loop.call_soon(g.set_result, [1])
    b = await g
    return a, b


async def main():
    loop = asyncio.get_running_loop()
    print(await await_done(loop))
    print(await await_pending(loop))
    events = []
    sys.settrace(tracer(events))
    try:
        r = await traced(loop)
    finally:
        sys.settrace(None)
    print(r, events)
    mon = sys.monitoring
    seen = []
    mon.use_tool_id(3, "t")
    mon.register_callback(
        3, mon.events.RAISE,
        lambda code, off, exc: seen.append((code.co_name, type(exc).__name__))
        if code.co_name.startswith("traced") else None)
    mon.set_events(3, mon.events.RAISE)
    try:
        r = await traced(loop)
    finally:
        mon.set_events(3, 0)
        mon.free_tool_id(3)
    print(r, seen)


asyncio.run(main())

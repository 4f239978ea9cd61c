import asyncio
import inspect
import sys
import types

async def leaf():
    await asyncio.sleep(0)
    return 1

async def middle():
    r = await leaf()
    return r + 1

def show(c):
    print(inspect.getcoroutinestate(c), c.cr_running, type(c.cr_await).__name__, c.cr_frame is not None and c.cr_frame.f_code.co_name)

c = middle()
show(c)
fut = c.send(None)
show(c)
print(type(fut).__name__, c.cr_await.cr_code.co_name, c.cr_await.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
show(c)
print(c.cr_code.co_flags & inspect.CO_COROUTINE != 0, inspect.iscoroutinefunction(middle), inspect.isawaitable(c))
c2 = middle()
c2.close()
print(inspect.getcoroutinestate(c2))
c3 = middle()
c3.send(None)
try:
    c3.throw(KeyError("injected"))
except KeyError as e:
    print("propagated", repr(e))
print(inspect.getcoroutinestate(c3))
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def agen():
    yield 1
ag = agen()
print(inspect.isasyncgen(ag), inspect.getasyncgenstate(ag) if hasattr(inspect, "getasyncgenstate") else "n/a", ag.ag_code.co_name, ag.__qualname__)
print(type(ag.asend(None)).__name__, repr(types.CoroutineType.__name__), inspect.isasyncgenfunction(agen))
def frames_of(coro):
    out = []
    while coro is not None and hasattr(coro, "cr_frame"):
        if coro.cr_frame:
            out.append((coro.cr_frame.f_code.co_name, coro.cr_frame.f_lineno))
        coro = coro.cr_await
    return out
c4 = middle()
c4.send(None)
print(frames_of(c4)[:2])
c4.close()
async def waits_forever():
    await asyncio.Event().wait()
async def main():
    t = asyncio.create_task(waits_forever())
    await asyncio.sleep(0)
    print(t.get_coro().cr_await is not None, [f.f_code.co_name for f in t.get_stack()])
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), t.get_stack())
    print(sys.get_coroutine_origin_tracking_depth())
    sys.set_coroutine_origin_tracking_depth(0)
    try:
        sys.set_coroutine_origin_tracking_depth(-1)
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
middle()
print("end")

import inspect
import types
import asyncio

class Awaitable:
    def __await__(self):
        x = yield "suspend-1"
        y = yield "suspend-2"
        return (x, y)

async def inner():
    r = await Awaitable()
    return r

async def outer():
    v = await inner()
    return ("outer", v)

c = outer()
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_running, c.cr_frame.f_lasti)
print(c.send(None))
print(inspect.getcoroutinestate(c))
aw = c.cr_await
print(type(aw).__name__, aw.cr_code.co_name if hasattr(aw, "cr_code") else aw)
print(type(aw.cr_await).__name__)
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
print(c.cr_code.co_name, c.__name__, c.__qualname__)

@types.coroutine
def legacy():
    got = yield "legacy-yield"
    return got * 2

async def uses_legacy():
    return await legacy()

u = uses_legacy()
print(u.send(None), end=" ")
try:
    u.send(21)
except StopIteration as e:
    print(e.value)

c2 = outer()
c2.send(None)
try:
    c2.throw(KeyError("boom"))
except KeyError as e:
    print("threw through", repr(e))
print(inspect.getcoroutinestate(c2))

c3 = outer()
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print(e)

def gen():
    yield 1
g = gen()
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(outer))

async def ag():
    yield 1
    yield 2
a = ag()
print(inspect.isasyncgen(a), inspect.getasyncgenstate(a) if hasattr(inspect, "getasyncgenstate") else "n/a")
print(type(a.__anext__()).__name__)
async def drive():
    it = ag()
    print(await it.__anext__(), await anext(it), await anext(it, "default"))
    print(it.ag_running, it.ag_frame)
    it2 = ag()
    await anext(it2)
    await it2.aclose()
    print(it2.ag_frame)
    t = asyncio.current_task()
    print(t.get_name(), t.get_coro().__name__)
asyncio.run(drive())
co = outer()
print(co.cr_origin)
co.close()
never = outer()
del never
import gc; gc.collect()
print("end")

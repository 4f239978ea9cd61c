import types, inspect, sys
@types.coroutine
def gen_coro():
    x = yield "a"
    return x

async def user():
    r = await gen_coro()
    return r + 1

c = user()
print(c.send(None), inspect.getcoroutinestate(c), c.cr_await, type(c.cr_await).__name__)
try:
    c.send(41)
except StopIteration as e:
    print("result", e.value)

def plain():
    yield 1
wrapped = types.coroutine(plain)
print(wrapped is plain, plain.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE != 0)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(9)
def retit(): return It()
w = types.coroutine(retit)
print(type(w).__name__)
async def u2():
    return await w()
try:
    u2().send(None)
except (StopIteration, TypeError) as e:
    print("u2", type(e).__name__, e)
print(repr(c)[:30], c.__name__, c.__qualname__)
c2 = user()
print(sys.getrefcount is not None, c2.cr_origin)
sys.set_coroutine_origin_tracking_depth(2)
c3 = user()
print(c3.cr_origin[0][2] if c3.cr_origin else None, len(c3.cr_origin))
c3.close(); c2.close()
sys.set_coroutine_origin_tracking_depth(0)
async def nested():
    async def inner():
        return sys._getframe(1).f_code.co_name, sys._getframe(0).f_back.f_code.co_name
    return await inner()
try:
    nested().send(None)
except StopIteration as e:
    print(e.value)
def g():
    yield from range(3)
gg = g(); next(gg)
print(type(gg.gi_yieldfrom).__name__, gg.gi_running, gg.gi_suspended, gg.gi_code.co_name)
aw = user().__await__()
print(type(aw).__name__, next(aw))
aw.close()
async def ag():
    yield 1
a = ag()
print(a.ag_running, a.ag_await, a.ag_frame.f_code.co_name, type(a.asend(None)).__name__, inspect.getasyncgenstate(a))

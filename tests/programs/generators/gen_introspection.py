# gi_frame, gi_running, gi_yieldfrom, gi_suspended and inspect's state functions
import inspect

def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-done"

def outer():
    print("running inside:", inspect.getgeneratorstate(me), me.gi_running)
    r = yield from inner()
    print("outer got", r)
    yield "outer-last"

me = outer()
print(inspect.getgeneratorstate(me), me.gi_suspended, me.gi_running)
print(me.gi_frame is not None, me.gi_frame.f_code.co_name, me.gi_frame.f_lineno)
print(me.gi_yieldfrom)
print(next(me))
print(inspect.getgeneratorstate(me), me.gi_suspended)
print(type(me.gi_yieldfrom).__name__, me.gi_yieldfrom.gi_frame.f_code.co_name)
print(me.gi_frame.f_lineno, me.gi_frame.f_back)
print(me.send("hello"))
print(me.send(None))
print(me.gi_yieldfrom)
print(inspect.getgeneratorlocals(me))
try:
    next(me)
except StopIteration as e:
    print("done", e.value, e.args)
print(inspect.getgeneratorstate(me), me.gi_frame, me.gi_suspended)
print(me.__name__, me.__qualname__, me.gi_code.co_name)
me.__name__ = "renamed"
print(me.__name__, repr(me).split(" at ")[0])

def local_state():
    a = 1
    yield a
    b = a + 1
    yield b
g = local_state()
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

async def coro():
    return 1
c = coro()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame.f_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("coro returned", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)

class Awaitable:
    def __await__(self):
        v = yield "suspend"
        return v
async def waits():
    return await Awaitable()
w = waits()
print(w.send(None), inspect.getcoroutinestate(w), type(w.cr_await).__name__)
try:
    w.send(42)
except StopIteration as e:
    print("waits returned", e.value)
print(inspect.isgenerator(me), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgeneratorfunction(outer))

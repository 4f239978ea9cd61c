import inspect, types

async def leaf(x):
    return x * 2

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        print("  __await__ start", self.v)
        got = yield ("suspend", self.v)
        print("  resumed with", got)
        return self.v + 1

@types.coroutine
def raw_yield(v):
    r = yield v
    return r

async def main():
    a = await leaf(3)
    print("leaf ->", a)
    b = await Awaitable(10)
    print("awaitable ->", b)
    c = await raw_yield("raw")
    print("raw ->", c)
    return a + b + c

coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(inspect.getcoroutinestate(coro), coro.cr_await, coro.cr_running)
print(coro.cr_code.co_name, bool(coro.cr_code.co_flags & inspect.CO_COROUTINE))
v = coro.send(None)
print("yielded", v, inspect.getcoroutinestate(coro))
print(type(coro.cr_await).__name__)
print("frame line", coro.cr_frame.f_lineno)
v = coro.send("first")
print("yielded", v, type(coro.cr_await).__name__)
try:
    coro.send(5)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(coro), coro.cr_frame)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def thrower():
    try:
        await Awaitable(1)
    except ValueError as e:
        print("caught in coro", e)
        return "handled"

c = thrower()
c.send(None)
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("thrower result", e.value)

try:
    iter(leaf(1))
except TypeError as e:
    print("TypeError:", e)
c = leaf(1)
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("via wrapper", e.value)
print(inspect.iscoroutine(c), inspect.isawaitable(Awaitable(1)), inspect.iscoroutinefunction(leaf))
print(inspect.isgeneratorfunction(raw_yield), inspect.iscoroutinefunction(raw_yield))
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

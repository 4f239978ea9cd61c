# Coroutines by hand: a tiny scheduler of generator-based tasks, send/throw/close,
# an awaitable class, the states inspect reports, and how await chains through frames.
import inspect
import types

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield ("tick", i)
            print("  resumed with", got)
        return f"slept {self.n}"

async def worker(name, n):
    print(name, "start")
    r = await Sleep(n)
    print(name, r)
    return name.upper()

@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x * 2

async def uses_legacy():
    v = await legacy()
    return v + 1

def run(coros):
    ready = list(coros)
    results = {}
    step = 0
    while ready:
        coro = ready.pop(0)
        try:
            signal = coro.send(step if inspect.getcoroutinestate(coro) != "CORO_CREATED" else None)
            print(coro.__name__, "yielded", signal, inspect.getcoroutinestate(coro), coro.cr_frame.f_lineno)
            ready.append(coro)
        except StopIteration as stop:
            results[coro.__qualname__ + str(id(coro) % 1)] = stop.value
            print(coro.__name__, "finished with", stop.value, inspect.getcoroutinestate(coro))
        step += 1
    return results

print(run([worker("a", 2), worker("b", 1)]))
c = uses_legacy()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("value", e.value)
c = worker("z", 3)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.gi_frame.f_code.co_name if hasattr(c.cr_await, "gi_frame") else None)
try:
    c.throw(KeyError("boom"))
except KeyError as e:
    print("thrown through:", repr(e), inspect.getcoroutinestate(c))
c2 = worker("q", 5)
c2.send(None)
c2.close()
print(inspect.getcoroutinestate(c2), c2.cr_frame)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def nothing():
    return 42
n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print(e.value)
try:
    n.send(None)
except RuntimeError as e:
    print(e)
def gen():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
g = gen()
print(next(g), g.send("a"), g.send("b"), inspect.getgeneratorstate(g), g.gi_frame.f_lasti)
g.close()
print(inspect.getgeneratorstate(g))
def delegator():
    r = yield from gen()
    return r
d = delegator()
next(d)
print(d.send(1), d.gi_yieldfrom.gi_frame.f_code.co_name)
d.close()

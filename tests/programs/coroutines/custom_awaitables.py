# awaiting generators-based awaitables, types.coroutine, and bad awaitables
import types
@types.coroutine
def legacy(v):
    got = yield ("legacy", v)
    return got
async def uses_legacy():
    r = await legacy(1)
    print("legacy returned", r)
    return "ok"
c = uses_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("StopIteration", e.value)
class Bad:
    def __await__(self): return 5
async def await_bad(): await Bad()
try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_int(): await 3
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
class Future:
    def __init__(self): self.result = None; self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
async def waits(f):
    print("waiting")
    v = await f
    print("got", v)
    return v + 1
f = Future()
co = waits(f)
pending = co.send(None)
print(pending is f)
f.done = True; f.result = 41
try:
    co.send(None)
except StopIteration as e:
    print("result", e.value)
def run(coro):
    # a tiny scheduler: keep sending None until the coroutine finishes
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
class Yield:
    def __await__(self): yield
async def count(n):
    total = 0
    for i in range(n):
        await Yield()
        total += i
    return total
print(run(count(5)))

# a coroutine driven by hand with send(None)
class Suspend:
    def __init__(self, label): self.label = label
    def __await__(self):
        print("suspending", self.label)
        value = yield self.label
        print("resumed", self.label, "with", value)
        return value * 2 if value else None
async def worker():
    print("worker start")
    a = await Suspend("first")
    b = await Suspend("second")
    return a, b
c = worker()
print(type(c).__name__, c.__name__, c.__qualname__)
print("yielded", c.send(None))
print("yielded", c.send(10))
try:
    c.send(21)
except StopIteration as e:
    print("returned", e.value)
async def add(a, b): return a + b
async def caller():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
k = caller()
try:
    k.send(None)
except StopIteration as e:
    print("caller result", e.value)

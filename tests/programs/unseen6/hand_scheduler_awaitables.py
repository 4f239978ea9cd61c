# tiny hand-written scheduler with generators
from collections import deque
import types

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        print("  awaiting Sleep", self.ticks)
        got = yield self
        print("  resumed with", got)
        return got * 2

class Yield:
    def __await__(self):
        return iter([None])

@types.coroutine
def switch():
    v = yield "switch"
    return v

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tick = 0
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick += 1
                still = []
                for when, c, n in self.sleeping:
                    if when <= self.tick:
                        self.ready.append((c, self.tick, n))
                    else:
                        still.append((when, c, n))
                self.sleeping = still
                continue
            coro, val, name = self.ready.popleft()
            try:
                req = coro.send(val)
            except StopIteration as e:
                print(f"[{self.tick}] {name} returned {e.value!r}")
                continue
            except Exception as e:
                print(f"[{self.tick}] {name} raised {e!r}")
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.tick + req.ticks, coro, name))
            else:
                print(f"[{self.tick}] {name} yielded {req!r}")
                self.ready.append((coro, self.tick, name))

async def task(name, n):
    total = 0
    for i in range(n):
        r = await Sleep(i + 1)
        total += r
        print(name, "step", i, "r", r)
        await Yield()
        s = await switch()
        print(name, "switch gave", s)
    if name == "b":
        raise ValueError("b broke")
    return total

s = Scheduler()
s.spawn(task("a", 2), "a")
s.spawn(task("b", 1), "b")
s.run()
c = task("c", 1)
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_frame.f_code.co_name)
print(switch.__name__, type(switch()).__name__, switch.__code__.co_flags & 0x100)
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
class Bad:
    def __await__(self):
        return 5
async def usebad():
    await Bad()
try:
    usebad().send(None)
except TypeError as e:
    print("TypeError", e)
class Bad2:
    def __await__(self):
        return (yield from usebad())
try:
    usebad2 = Bad2().__await__()
    next(usebad2)
except TypeError as e:
    print("TypeError2", e)

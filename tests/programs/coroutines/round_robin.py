# a hand-written round-robin scheduler over coroutines (no asyncio)
from collections import deque
class Yield:
    def __await__(self):
        yield "yield"
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"
async def worker(name, steps, pause):
    for i in range(steps):
        print(f"{name} step {i}")
        await Sleep(pause)
    return f"{name} done"
def run(*coros):
    ready = deque(coros)
    results = []
    tick = 0
    while ready:
        coro = ready.popleft()
        try:
            why = coro.send(None)
            print(f"  tick {tick}: {coro.__name__} suspended ({why})")
            ready.append(coro)
        except StopIteration as e:
            results.append(e.value)
        tick += 1
    return results
print(run(worker("a", 2, 1), worker("b", 3, 0), worker("c", 1, 2)))

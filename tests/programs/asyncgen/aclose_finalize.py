# aclose, async for with break, ag_* attributes
class Pause:
    def __await__(self):
        yield
async def ticker(n):
    try:
        for i in range(n):
            await Pause()
            yield i
    finally:
        print("ticker cleanup")
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def main():
    out = []
    t = ticker(10)
    async for v in t:
        out.append(v)
        if v == 2:
            break
    print("broke at", out)
    await t.aclose()
    print("closed; ag_frame is", t.ag_frame)
    async def inner():
        yield "x"
    g = inner()
    print(g.__qualname__, g.ag_code.co_name, g.ag_await)
    return out
print(run(main()))
import inspect
async def ag(): yield
print(inspect.isasyncgenfunction(ag), inspect.isasyncgen(ag()), ag.__code__.co_flags & 0x200 != 0)

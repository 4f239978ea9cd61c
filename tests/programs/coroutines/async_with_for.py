# async with / async for driven by hand
class Pause:
    def __await__(self):
        yield "tick"
class ACM:
    async def __aenter__(self):
        print("aenter")
        await Pause()
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        await Pause()
        return True
class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM() as r:
        print("inside", r)
        async for v in AIter(3):
            print("item", v)
        raise ValueError("suppressed by aexit")
    print("after with")
    return [x async for x in AIter(2)]
c = main()
ticks = 0
while True:
    try:
        c.send(None)
        ticks += 1
    except StopIteration as e:
        print("result", e.value, "ticks", ticks)
        break
async def bad():
    async with object():
        pass
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

# __anext__/asend awaitables, StopAsyncIteration, errors when reused while running
class Pause:
    def __await__(self):
        yield "p"
async def numbers():
    for i in range(3):
        await Pause()
        yield i
def drive(aw):
    steps = 0
    while True:
        try:
            aw.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
        except StopAsyncIteration:
            return "StopAsyncIteration", steps
g = numbers()
a = g.__anext__()
print(type(a).__name__, drive(a))
print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
print(drive(g.__anext__()))
async def agen_return():
    yield 1
    return
async def agen_raise():
    yield 1
    raise ValueError("inside agen")
r = agen_raise()
print(drive(r.__anext__()))
try:
    drive(r.__anext__())
except ValueError as e:
    print("ValueError:", e)
async def sum_all():
    total = 0
    async for v in numbers():
        total += v
    return total
print(drive(sum_all()))
print(aiter(numbers()).__class__.__name__, hasattr(numbers(), "__aiter__"))
async def use_anext():
    it = numbers()
    return [await anext(it), await anext(it), await anext(it), await anext(it, "default")]
print(drive(use_anext()))

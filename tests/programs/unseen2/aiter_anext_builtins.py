# The aiter()/anext() builtins and their protocol checks.
import asyncio


class ReturnsInt:
    def __aiter__(self):
        return 5


class NoAnext:
    def __aiter__(self):
        return object()


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen():
    yield "first"
    yield "second"


async def main():
    for obj in (ReturnsInt(), NoAnext(), 5, Countdown(2)):
        try:
            it = aiter(obj)
            print(type(obj).__name__, "->", type(it).__name__)
        except TypeError as e:
            print(type(obj).__name__, "-> TypeError:", e)
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    g = agen()
    print(aiter(g) is g, await anext(g), await anext(g), await anext(g, None))
    try:
        anext(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

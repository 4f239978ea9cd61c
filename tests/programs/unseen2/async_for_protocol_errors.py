# The TypeErrors of `async for` and `await` when a protocol method is missing or wrong.
import asyncio


class NoAiter:
    pass


class AiterReturnsInt:
    def __aiter__(self):
        return 5


class AiterWithoutAnext:
    def __aiter__(self):
        return NoAiter()


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class Good:
    def __init__(self):
        self.n = 2

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def loop_over(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out


async def main():
    for obj in (NoAiter(), AiterReturnsInt(), AiterWithoutAnext(), AnextNotAwaitable(), Good(), [1, 2], 3):
        try:
            print(type(obj).__name__, "->", await loop_over(obj))
        except TypeError as e:
            print(type(obj).__name__, "-> TypeError:", e)
    try:
        print([x async for x in AiterWithoutAnext()])
    except TypeError as e:
        print("comprehension -> TypeError:", e)

    async def agen():
        yield "a"
        yield "b"
    print(await loop_over(agen()))


asyncio.run(main())

# A generator or coroutine resumed inside an `except` block sees the exception being
# handled: as __context__ of what it raises, in sys.exception(), and for a bare `raise`.
import asyncio
import sys


def failing_gen():
    raise KeyError("in gen")
    yield


def peek_gen():
    yield repr(sys.exception())
    try:
        raise TypeError("own")
    except TypeError:
        yield repr(sys.exception())
    yield repr(sys.exception())


def reraiser():
    raise
    yield


try:
    raise ValueError("outer")
except ValueError:
    try:
        next(failing_gen())
    except KeyError as e:
        print("gen context:", repr(e.__context__))
    pg = peek_gen()
    print(next(pg), next(pg))
print("outside:", next(pg), repr(sys.exception()))

try:
    raise OSError("first")
except OSError:
    try:
        next(reraiser())
    except OSError as e:
        print("bare raise in generator:", repr(e))


class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        raise TimeoutError("converted") from ev


async def log_failure(msg):
    await asyncio.sleep(0)
    raise RuntimeError(f"logging failed: {msg}")


async def main():
    try:
        async with Guard():
            raise asyncio.CancelledError()
    except TimeoutError as e:
        print("aexit context:", repr(e.__context__), repr(e.__cause__))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout context:", type(e.__context__).__name__)
    try:
        try:
            {}["missing"]
        except KeyError as err:
            await log_failure(err)
    except RuntimeError as e:
        print("await in except:", repr(e), "<-", repr(e.__context__))
    print("after:", repr(sys.exception()))


asyncio.run(main())


def cleanup():
    yield "cleaning"
    raise LookupError("cleanup failed")


def process(items):
    try:
        return items[3]
    except IndexError:
        for step in cleanup():
            print(step)


process([1, 2])

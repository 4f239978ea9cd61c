# Tracing coroutines run by asyncio: each task step resumes the coroutine ('call') and each
# await that suspends it ends the step ('return' with what the coroutine yielded); async
# with/for and a with statement inside; only this file's frames are shown.
import asyncio
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "return" and arg is not None and not isinstance(arg, (int, str)):
        arg = type(arg).__name__
    if event == "exception":
        arg = arg[0].__name__
    print(f"{event:9} {frame.f_code.co_qualname:18} {frame.f_lineno} {arg!r}")
    return tracer


class Resource:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


class Sync:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return None


async def worker(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def main():
    async with Resource():
        with Sync() as s:
            got = s
    seen = [v async for v in Ticker(2)]
    results = await asyncio.gather(worker("a", 0), worker("b", 0))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        got += "/timeout"
    return got, seen, results


sys.settrace(tracer)
print(asyncio.run(main()))
sys.settrace(None)

# What a trace function sees when an async generator yields: the wrapped value.
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "return":
        shown = type(arg).__name__ if not isinstance(arg, (int, str, type(None))) else repr(arg)
        log.append(f"return {frame.f_code.co_name} {shown}")
    elif event in ("call", "exception"):
        log.append(f"{event} {frame.f_code.co_name}")
    return tracer


async def ticker(n):
    for i in range(n):
        yield i


async def consume():
    got = []
    async for v in ticker(2):
        got.append(v)
    return got


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


sys.settrace(tracer)
result = drive(consume())
sys.settrace(None)
print(result)
for line in log:
    print(line)

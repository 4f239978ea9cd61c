# Tracing generators and coroutines: 'call' on every resume, 'return' on every yield (with
# the yielded value), throw() and close(), yield from, and coroutines driven by hand.
import sys
import types


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    print(f"{event:9} {frame.f_code.co_qualname:10} {frame.f_lineno} {frame.f_lasti} {arg!r}")
    return tracer


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        i += 1
    return "done"


def delegator():
    result = yield from counter(2)
    yield result


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")


@types.coroutine
def suspend(value):
    got = yield value
    return got


async def inner():
    x = await suspend("first")
    return x * 2


async def outer():
    a = await inner()
    b = await inner()
    return a + b


sys.settrace(tracer)
g = counter(3)
print(next(g))
print(g.send(1))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

d = delegator()
print(list(d))

c = closer()
next(c)
c.close()

t = counter(5)
next(t)
try:
    t.throw(ValueError("bad"))
except ValueError as e:
    print("thrown back", e)

co = outer()
print(co.send(None))
print(co.send(10))
try:
    co.send(20)
except StopIteration as e:
    print("coroutine result", e.value)
sys.settrace(None)
print("done")

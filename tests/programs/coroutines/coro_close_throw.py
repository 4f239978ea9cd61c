# close/throw on coroutines, 'coroutine ignored GeneratorExit', awaiting twice
import types

class Suspend:
    def __await__(self):
        return (yield "suspended")

async def body():
    try:
        v = await Suspend()
        print("body got", v)
        await Suspend()
    finally:
        print("body finally")
    return "done"

c = body()
print(c.send(None))
print(c.send("first"))
c.close()
print("closed", c.cr_frame)

c = body()
c.send(None)
try:
    c.throw(KeyError("into coro"))
except KeyError as e:
    print("propagated", repr(e))

async def stubborn():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def inner():
    return 5
async def outer():
    cor = inner()
    a = await cor
    try:
        await cor
    except RuntimeError as e:
        print("RuntimeError:", e)
    return a
try:
    outer().send(None)
except StopIteration as e:
    print("outer", e.value)

@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x * 2
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("uses_legacy", e.value)

class BadAwait:
    def __await__(self):
        return 3
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def awaits_twice(c):
    await c
c0 = inner()
c1 = awaits_twice(c0)
try:
    c1.send(None)
except StopIteration:
    print("first await ok")
c2 = awaits_twice(c0)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(c0.__await__()).__name__)

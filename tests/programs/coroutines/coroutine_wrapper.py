# coroutine objects: repr shape, __await__ wrapper, await on generator-based iterators
import types
async def coro(): return 5
c = coro()
w = c.__await__()
print(type(w).__name__, repr(c).startswith("<coroutine object coro at 0x"))
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
gen_based = types.coroutine(lambda: (yield "from lambda-generator"))
async def uses():
    return await gen_based()
u = uses()
print(u.send(None))
try:
    u.send("answer")
except StopIteration as e:
    print("got", e.value)
async def direct_gen_await():
    def plain():
        yield 1
    await plain()
try:
    direct_gen_await().send(None)
except TypeError as e:
    print("TypeError:", e)
print(coro.__name__, coro.__qualname__, type(coro).__name__, c.cr_code is coro.__code__)
c.close()

# Generator and coroutine names (kept apart only when renamed), awaiting a types.coroutine
# generator (finished too) and a coroutine awaited twice / while suspended, keyword calls.
import types


def gen():
    yield 1


g = gen()
print(g.__name__, g.__qualname__)
gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
g2 = gen()
print(g2.__name__, g2.__qualname__, repr(g2).split(" at ")[0])
g2.__name__ = "set_later"
print(g2.__name__, g2.__qualname__)
g2.__qualname__ = "Q.set_later"
print(g2.__name__, g2.__qualname__)
print(g.__name__, g.__qualname__)


class K:
    def method(self):
        yield self

    async def co(self, a, *, b=2):
        return a + b


print(K().method().__qualname__)
c = K().co(1, b=5)
print(c.__name__, c.__qualname__)
c.close()


@types.coroutine
def once(v):
    x = yield v
    return x


async def inner():
    return await once("inner-yield")


async def main():
    g = once("a")
    for _ in g:
        pass
    print("finished generator awaited:", await g)
    co = inner()
    print("first send from inner:", co.send(None))
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)
    co.close()
    k = K()
    print(await k.co(1), await k.co(a=2, b=3), await k.co(4, b=0))
    return "main-done"


m = main()
try:
    while True:
        print("yielded:", m.send(None))
except StopIteration as e:
    print("result:", e.value)

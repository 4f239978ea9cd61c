def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    return a + b

def g(x, /, y, *, z):
    global G
    G = x
    return

async def h(x):
    await x
    async with a as b:
        pass
    async for i in x:
        print(i)
    return 1

def gen():
    x = yield 1
    yield from x
    return x

@dec
@dec2(1)
def decorated(a: int, b: "str" = 3) -> list:
    pass

lam = lambda x, y=2: x + y

def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner

def withclosure(a):
    return lambda: a

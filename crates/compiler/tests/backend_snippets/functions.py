def simple(a, b=1, *args, c, d=2, **kw):
    return a + b + c + d


def posonly(a, b, /, c):
    return a, b, c


def maybe_unbound(flag):
    if flag:
        x = 1
    return x


def deleted(y):
    del y
    y = 2
    for i in range(3):
        z = i
    return z, i


def cells(a):
    b = a
    def inner(c):
        return a + b + c
    return inner


def arg_cell(a):
    return lambda: a


def gen(n):
    for i in range(n):
        try:
            yield i
        finally:
            pass


async def coro(session):
    async with session as s:
        async for x in s:
            await x
    return [y async for y in session]


def comps(data):
    squares = [x * x for x in data if x]
    pairs = {k: v for k, v in data}
    return squares, pairs, {x for x in data}


def handlers(f):
    try:
        f()
    except ValueError as e:
        return e
    except Exception:
        raise
    finally:
        f = None
    with open(f) as fh, open(f) as gh:
        return fh.read()


def many_locals():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = 0
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 0
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = 0
    d0 = d1 = d2 = d3 = d4 = d5 = d6 = d7 = d8 = d9 = 0
    e0 = e1 = e2 = e3 = e4 = e5 = e6 = e7 = e8 = e9 = 0
    f0 = f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = f9 = 0
    g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = 0
    if a0:
        del g9
    return g9 + a0


class Base:
    def method(self):
        return super().method(), __class__


def swaps(a, b, c):
    a, b = b, a
    a, b, c = c, b, a
    return a, b, c

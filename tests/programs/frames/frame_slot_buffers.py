# A frame's locals and value stack share one buffer (pooled for calls, sized exactly for a
# generator's frame): frames of different sizes one after another, generators kept alive
# with their locals, frame.clear() of finished and executing frames, cells and free vars.
import sys


def small(a):
    return a + 1


def wide(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t):
    u = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t]
    v = {x: (x, [x, (x, x)]) for x in u}
    return sum(u) + len(v)


def deep_stack(x):
    # a deep value stack: nested calls and literals
    return [x, (x, [x, {x: (x, [x, (x, x + small(x + small(x)))])}])]


for k in range(3):
    print(small(k), wide(*range(k, k + 20)), deep_stack(k))


def gen(n):
    a, b, c = n, n * 2, [n]
    for i in range(n):
        d = (a, b, c, i)
        x = yield d
        if x is not None:
            c.append(x)
    return c


gens = [gen(i) for i in range(1, 6)]
for g in gens:
    print(next(g))
print([g.gi_frame.f_locals["c"] for g in gens])
print(gens[4].send("s"), gens[4].gi_frame.f_locals["c"])
for g in gens:
    try:
        while True:
            next(g)
    except StopIteration as e:
        print("return", e.value, g.gi_frame)


def counter():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def many():
        for i in range(3):
            yield add(i), total

    return list(many())


print(counter())


def raiser(x):
    y = [x, x]
    raise ValueError(y)


try:
    raiser(3)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    fr = tb.tb_frame
    print(fr.f_code.co_name, sorted(fr.f_locals))
    fr.clear()
    print(sorted(fr.f_locals))


def running():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    return f


f = running()
f.clear()
print("cleared after return", f.f_code.co_name)


def recurse(n, acc=()):
    if n == 0:
        return len(acc)
    return recurse(n - 1, acc + (n,))


print(recurse(300))


async def coro(n):
    v = [n] * n
    return sum(v)


c = coro(4)
print(type(c.cr_frame.f_locals), c.cr_frame.f_locals)
try:
    c.send(None)
except StopIteration as e:
    print("coro", e.value, c.cr_frame)


class K:
    a = 1
    b = [a, a + 1]
    c = {x: x for x in b}


print(K.b, K.c)


def gen_many_locals():
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = l8 = l9 = 0
    l10 = l11 = l12 = l13 = l14 = l15 = l16 = l17 = l18 = l19 = 1
    yield l0 + l19
    yield [l1, l2, (l3, [l4, {l5: (l6, [l7, (l8, l9 + l10)])}])]
    yield l11 + l12 + l13 + l14 + l15 + l16 + l17 + l18


print(list(gen_many_locals()))
g = gen_many_locals()
next(g)
g.gi_frame.clear()
print(g.gi_frame, list(g))

# Generator and coroutine frames around creation and completion: a new generator's frame
# (f_lasti, f_back, f_locals, f_lineno), one whose function has cells first, frames kept
# after the generator finished or held by a traceback, and many created and run in a loop
# (their frames are reused by later calls).
import sys


def gen(a, b=2):
    x = a + b
    yield x
    yield x * 2


def outer(n):
    def inner():
        yield n
        yield n + 1
    return inner()


async def coro(v):
    return v * 3


g = gen(1)
fr = g.gi_frame
print('new', fr.f_lasti, fr.f_back, sorted(fr.f_locals.items()), fr.f_lineno == gen.__code__.co_firstlineno)
print(next(g), fr.f_lasti > 0, fr.f_back)
print(list(g), g.gi_frame)
print('kept frame', fr.f_code.co_name)

i = outer(5)
print('closure', i.gi_frame.f_lasti, i.gi_frame.f_back, list(i))

c = coro(4)
print('coro', c.cr_frame.f_lasti, c.cr_frame.f_back, c.cr_running, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print('coro returned', e.value, c.cr_frame)


def raising():
    yield 1
    raise ValueError('boom')


r = raising()
next(r)
try:
    next(r)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('tb frame', tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals))

total = 0
frames = []
for k in range(200):
    h = gen(k)
    total += sum(h)
    if k % 50 == 0:
        frames.append(h)
print('loop', total, [f.gi_frame for f in frames])


async def chain(n):
    s = 0
    for k in range(n):
        s += await coro(k)
    return s

c = chain(100)
try:
    c.send(None)
except StopIteration as e:
    print('chain', e.value)


def deep(n):
    if n == 0:
        return gen(0)
    return deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
for depth in (40, 200):
    try:
        print('deep', depth, list(deep(depth)))
    except RecursionError as e:
        print('deep', depth, type(e).__name__)
sys.setrecursionlimit(old)

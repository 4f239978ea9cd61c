# CALL fast paths of perf-call (eval/calls.rs): gen.send()/coro.send() resumed inside the loop, *args bound from the stack.
import types, sys
def gen():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
    except KeyError as e:
        print('caught', repr(e))
    return 'done'
g = gen()
print(g.send(None)); print(g.send('a'))
try: g.send('b')
except StopIteration as e: print('stop', e.value)
try: g.send('c')
except StopIteration as e: print('stop again', e.value)
g2 = gen()
try: g2.send(1)
except TypeError as e: print(e)
s = g2.send
print(s(None))
def bad():
    yield 1
    raise ValueError('boom')
b = bad(); b.send(None)
try: b.send(None)
except ValueError as e:
    tb = e.__traceback__; n = 0
    while tb: n += 1; tb = tb.tb_next
    print('VE', e, n)
def selfsend():
    yield me.send(None)
me = selfsend()
try: next(me)
except ValueError as e: print(e)
async def co():
    @types.coroutine
    def sl(): return (yield 'slept')
    r = await sl()
    return r
c = co()
print(c.send(None))
try: c.send(42)
except StopIteration as e: print('co result', e.value)
def g3(*a, k=1): return a, k
print(g3(), g3(1), g3(1, 2, k=3))
def g4(a, *rest): return a, rest
print(g4(1), g4(1, 2, 3))
try: g4()
except TypeError as e: print(e)
def g5(a, b=2, *c, d, e=5): return a, b, c, d, e
print(g5(1, d=4), g5(1, 2, 3, 4, d=0, e=1))
try: g5(1)
except TypeError as e: print(e)
def tr():
    yield
    1/0
t = tr(); t.send(None)
try: t.send(None)
except ZeroDivisionError as e:
    tb = e.__traceback__; names = []
    while tb: names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print(names)
# asyncio-style driving: a task loop calling coro.send(None) until StopIteration
import types
@types.coroutine
def pause(v):
    return (yield v)
async def worker(n):
    total = 0
    for i in range(n):
        total += await pause(i)
    return total
c = worker(4); out = []; v = None
while True:
    try:
        out.append(c.send(v))
    except StopIteration as e:
        print('worker', out, e.value); break
    v = 10
# send() with a wrong number of arguments, or on something else, is the builtin's TypeError
g = gen()
w = worker(1)
for call in (lambda: g.send(), lambda: g.send(1, 2), lambda: w.send()):
    try: call()
    except TypeError as e: print('TypeError', e)
w.close()
print(type(g).send(g, None))

# Micro-benchmark of generator and coroutine resumption: python bench/micro/coro.py CASE N
# (cases: step await yf gen sleep0 fut). bench/micro/coro_cg.sh counts instructions per
# iteration under callgrind. docs/PERFORMANCE.md "asyncio", "coroutine resume path".
#   step    one asyncio-like task step: a native driver (coro.send) resumes worker, which
#           awaits a new sleep0() coroutine awaiting a types.coroutine generator's yield
#   await   a coroutine created and awaited (returns at once) in a loop
#   yf      `yield from` of a 1-item generator created each time
#   gen     a generator resumed by a for loop
#   sleep0  send() into a coroutine suspended in a 3-deep await chain
#   fut     `await` of a done native asyncio Future (its FutureIter returns the result)
import sys, types

@types.coroutine
def _yield_once():
    yield

async def sleep0():
    await _yield_once()

async def ret(x):
    return x

def one(x):
    yield x

async def worker(n):
    for _ in range(n):
        await sleep0()
    return n

async def deep(n):
    for _ in range(n):
        await sleep0()

async def mid(n):
    await deep(n)

async def awaiter(n):
    t = 0
    for i in range(n):
        t += await ret(i)
    return t

def yfrom(n):
    t = 0
    for i in range(n):
        yield from one(i)
    return t

def gen(n):
    for i in range(n):
        yield i

async def await_fut(n, f):
    t = 0
    for _ in range(n):
        t += await f
    return t

def drive(c):
    send = c.send
    try:
        while True:
            send(None)
    except StopIteration as e:
        return e.value

def main(case, n):
    if case == 'step':
        return drive(worker(n))
    if case == 'await':
        return drive(awaiter(n))
    if case == 'yf':
        return sum(1 for _ in yfrom(n))
    if case == 'gen':
        return sum(gen(n))
    if case == 'sleep0':
        return drive(mid(n))
    if case == 'fut':
        import asyncio
        f = asyncio.new_event_loop().create_future()
        f.set_result(1)
        return drive(await_fut(n, f))
    raise SystemExit('unknown case ' + case)

print(main(sys.argv[1], int(sys.argv[2])))

# A task waiting on a future: the future's _callbacks show its bound task_wakeup (the same
# object when read twice), remove_done_callback finds it; exceptions, cancel messages and
# tracebacks of futures and tasks; asyncio.Queue's waiting paths (full/empty, cancellation
# in line, wake-up order); deque truth and len, with subclasses that define their own.
import asyncio
import collections


class Len3(collections.deque):
    def __len__(self):
        return 3


class NeverTrue(collections.deque):
    def __bool__(self):
        return False


def deques():
    d = collections.deque()
    print(bool(d), len(d), not d)
    d.append(1)
    print(bool(d), len(d), not d)
    d.popleft()
    print(bool(d), len(d))
    e = Len3()
    print(bool(e), len(e))
    n = NeverTrue([1, 2])
    print(bool(n), len(n))
    m = collections.deque([1, 2, 3], maxlen=2)
    print(bool(m), len(m), m)
    print(len(collections.deque(range(10))))
    while d:
        print('never')
    d.extend('ab')
    while d:
        print('pop', d.popleft())


async def wakeups():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def waiter():
        return await f

    t = asyncio.create_task(waiter(), name='W')
    await asyncio.sleep(0)
    cbs = f._callbacks
    print(len(cbs), cbs[0][0] is f._callbacks[0][0], cbs[0][0] == f._callbacks[0][0])
    print(repr(f))
    print(cbs[0][1] is t.get_context())
    f.set_result(42)
    print(await t)

    g = loop.create_future()
    t2 = asyncio.create_task(waiter2(g))
    await asyncio.sleep(0)
    print('removed', g.remove_done_callback(g._callbacks[0][0]), g._callbacks)
    t2._log_destroy_pending = False
    g.set_result('x')
    await asyncio.sleep(0)
    print(t2.done())
    t2.cancel()


async def waiter2(fut):
    return await fut


async def outcomes():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError('bad'))
    print(repr(f.exception()), f._exception is f.exception())
    try:
        f.result()
    except ValueError as e:
        print('raised', e, e.__traceback__ is not None)
    c = loop.create_future()
    print(c.cancel('why'), c._cancel_message, c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    p = loop.create_future()
    print(p._cancel_message, p._exception, p._source_traceback)
    p._cancel_message = 'set'
    print(p._cancel_message)

    async def boom():
        await asyncio.sleep(0)
        raise KeyError('k')

    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print('task raised', repr(e), repr(t.exception()))

    async def sleeper():
        await asyncio.sleep(10)

    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel('stop')
    try:
        await s
    except asyncio.CancelledError as e:
        print('task cancelled', e.args, s.cancelled())


async def queues():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def producer(n):
        for i in range(n):
            await q.put(i)
            log.append(f'put {i} size {q.qsize()}')
        await q.put(None)

    async def consumer(name):
        while True:
            item = await q.get()
            log.append(f'{name} got {item}')
            if item is None:
                await q.put(None)
                return

    await asyncio.gather(producer(6), consumer('a'), consumer('b'))
    print('\n'.join(log))
    print(q.qsize(), q.empty(), q.full())

    # Cancellation while waiting in line to put: the next putter gets its turn.
    q = asyncio.Queue(maxsize=1)
    await q.put('x')
    p1 = asyncio.create_task(q.put('p1'))
    p2 = asyncio.create_task(q.put('p2'))
    await asyncio.sleep(0)
    print(len(q._putters), q.full())
    p1.cancel()
    print(await q.get())
    await asyncio.sleep(0)
    print(p1.cancelled(), p2.done(), q.qsize(), await q.get())

    # Getters wait in order.
    q = asyncio.Queue()
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    gs = [asyncio.create_task(getter(n)) for n in 'xyz']
    await asyncio.sleep(0)
    print(len(q._getters), q.empty())
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*gs)
    print(got)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print('full')
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for i in (3, 1, 2):
        await lq.put(i)
        await pq.put(i)
    print([await lq.get() for _ in range(3)], [await pq.get() for _ in range(3)])


def main():
    deques()
    asyncio.run(wakeups())
    asyncio.run(outcomes())
    asyncio.run(queues())
    print(len(list(*[[1, 2, 3]])), tuple([*range(3), *'ab']), max(*[4, 9, 2]))


main()

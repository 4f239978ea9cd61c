# asyncio.Queue's put/get as CPython's Python code runs them, also where pydive's native
# fast path (a plain Queue with room, no waiters to wake) must step aside: subclasses,
# methods replaced on the class or an instance, Event.clear replaced, odd maxsize and
# counters, a bounded deque as storage, trace/profile hooks, and cancelled getters/putters.
import asyncio
import collections
import sys


def show(q):
    print(' ', str(q), q.qsize(), q.empty(), q.full())


class Loud(asyncio.Queue):
    def full(self):
        r = super().full()
        print('  Loud.full ->', r)
        return r

    def _put(self, item):
        print('  Loud._put', item)
        super()._put(item)

    def _wakeup_next(self, waiters):
        print('  Loud._wakeup_next', len(waiters))
        super()._wakeup_next(waiters)


async def plain_and_subclass():
    print('plain')
    q = asyncio.Queue(3)
    for i in range(3):
        await q.put(i)
    show(q)
    print('  get', await q.get(), await q.get())
    show(q)
    print('subclass')
    lq = Loud(2)
    await lq.put('a')
    print('  got', await lq.get())


async def patched():
    print('instance attributes')
    q = asyncio.Queue()
    q.full = lambda: True
    try:
        q.put_nowait(1)
    except asyncio.QueueFull:
        print('  QueueFull from the instance full()')
    del q.full
    q._put = lambda item: print('  instance _put', item)
    await q.put(5)
    show(q)
    del q._put
    q._get = lambda: 'from instance _get'
    await q.put(6)
    print('  get ->', await q.get())
    del q._get
    print('  get ->', await q.get())

    print('class attributes')
    orig_put, orig_qsize = asyncio.Queue._put, asyncio.Queue.qsize
    asyncio.Queue._put = lambda self, item: (print('  class _put', item), orig_put(self, item))
    asyncio.Queue.qsize = lambda self: 100 if self._maxsize > 0 else orig_qsize(self)
    q = asyncio.Queue(5)
    try:
        await asyncio.wait_for(q.put(1), 0.01)
    except TimeoutError:
        print('  put timed out: qsize() said 100')
    asyncio.Queue.qsize = orig_qsize
    await q.put(2)
    asyncio.Queue._put = orig_put
    await q.put(3)
    show(q)

    print('Event.clear replaced')
    orig_clear = asyncio.Event.clear
    asyncio.Event.clear = lambda self: print('  Event.clear', self._value)
    q = asyncio.Queue()
    await q.put('x')
    asyncio.Event.clear = orig_clear
    await q.put('y')
    print('  finished set?', q._finished.is_set())

    class Finished:
        def clear(self):
            print('  own _finished.clear')
    q._finished = Finished()
    await q.put('z')


async def odd_values():
    print('odd values')
    q = asyncio.Queue(maxsize=2.5)
    for i in range(3):
        await q.put(i)
    show(q)
    q._maxsize = 1
    print('  full after _maxsize = 1:', q.full())
    q._maxsize = -1
    await q.put(9)
    show(q)
    for bad in (None, 'x'):
        q = asyncio.Queue(maxsize=bad)
        try:
            await q.put(1)
        except TypeError as e:
            print('  TypeError', e)
    q = asyncio.Queue()
    q._unfinished_tasks = 2.5
    await q.put(1)
    print('  unfinished', q._unfinished_tasks)
    q._unfinished_tasks = True
    await q.put(2)
    print('  unfinished', q._unfinished_tasks)
    q._unfinished_tasks = 2 ** 63 - 1
    await q.put(3)
    print('  unfinished', q._unfinished_tasks)
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print('  ValueError', e)
    await q.put('a')
    await q.put('b')
    print('  get', await q.get(), await q.get())
    q.task_done()
    print('  joined?', q._finished.is_set())
    q.task_done()
    await q.join()
    print('  joined', q._finished.is_set(), str(q))
    q._queue = collections.deque(maxlen=2)
    for i in range(4):
        await q.put(i)
    show(q)
    print('  items', list(q._queue))
    q.extra = 'an extra attribute'
    await q.put(4)
    print('  get', await q.get())


async def hooks():
    print('profile hook')
    q = asyncio.Queue(2)
    calls = []

    def prof(frame, event, arg):
        if event == 'call' and frame.f_code.co_filename.endswith('queues.py'):
            calls.append(frame.f_code.co_name)
        elif event == 'c_call' and getattr(arg, '__name__', '') in ('append', 'popleft'):
            calls.append(arg.__name__)
    sys.setprofile(prof)
    await q.put(1)
    await q.get()
    sys.setprofile(None)
    print(' ', ' '.join(c for c in calls if not c.startswith('_put_at') and not c.startswith('_get_at')))


async def waiters():
    print('waiters')
    q = asyncio.Queue(1)
    getters = [asyncio.create_task(q.get(), name=f'g{i}') for i in range(3)]
    await asyncio.sleep(0)
    show(q)
    getters[0].cancel()
    await asyncio.sleep(0)
    show(q)
    await q.put('first')
    getters[1].cancel()  # woken already: its turn goes on to g2
    results = await asyncio.gather(*getters, return_exceptions=True)
    print('  getters', [type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    show(q)
    await q.put('a')
    putters = [asyncio.create_task(q.put(f'p{i}')) for i in range(3)]
    await asyncio.sleep(0)
    show(q)
    putters[0].cancel()
    print('  get', q.get_nowait())
    putters[1].cancel()  # woken already: its room goes on to p2
    await asyncio.gather(*putters, return_exceptions=True)
    print('  after putters', list(q._queue), [p.cancelled() for p in putters])
    show(q)
    print('  get', await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('  QueueEmpty')


class MyFuture(asyncio.Future):
    def set_result(self, result):
        print('  MyFuture.set_result', result)
        super().set_result(result)


async def wakeups():
    print('wake-ups by put/get')
    q = asyncio.Queue(2)
    getters = [asyncio.create_task(q.get(), name=f'g{i}') for i in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()  # still in _getters when put() runs: skipped
    await q.put('one')
    await q.put('two')
    print('  ', str(q))
    results = await asyncio.gather(*getters, return_exceptions=True)
    print('  getters', [type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    mine = MyFuture()
    q._getters.append(mine)
    await q.put('three')
    print('  mine', mine.result(), str(q))
    done = asyncio.get_running_loop().create_future()
    done.set_result('early')
    q._putters.append(done)
    print('  get', await q.get(), str(q))
    await q.put('a')
    await q.put('x')
    putter = asyncio.create_task(q.put('b'))
    await asyncio.sleep(0)
    print('  ', str(q))
    print('  get', await q.get(), str(q))
    await putter
    print('  ', str(q), list(q._queue))


async def main():
    await plain_and_subclass()
    await wakeups()
    await patched()
    await odd_values()
    await hooks()
    await waiters()


asyncio.run(main())

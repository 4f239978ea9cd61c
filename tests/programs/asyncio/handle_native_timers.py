# TimerHandle ordering (heapq uses <), comparisons and hashing, when(), subclasses of
# Handle and TimerHandle, and timers firing in deadline order.
import asyncio
import heapq


def cb(*a):
    pass


class MyHandle(asyncio.Handle):
    __slots__ = ('extra',)

    def __init__(self, callback, args, loop):
        super().__init__(callback, args, loop)
        self.extra = 'x'


class MyTimer(asyncio.TimerHandle):
    pass


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.TimerHandle(2.0, cb, (1,), loop)
    b = asyncio.TimerHandle(1.0, cb, (2,), loop)
    c = asyncio.TimerHandle(2.0, cb, (1,), loop)
    d = asyncio.TimerHandle(2, cb, (3,), loop)
    print(a < b, b < a, a > b, a <= c, a >= c, a == c, a != c, a == d, a < d, a <= d)
    print(hash(a) == hash(2.0), hash(d) == hash(2), a.when(), d.when())
    for other in (1, None, asyncio.Handle(cb, (), loop)):
        try:
            a < other
        except TypeError as e:
            print('TypeError', e)
        print(a == other, a != other)
    whens = [5.5, 1.25, 3, 9, 0.5, 3, 7.75, 2]
    heap = []
    for i, w in enumerate(whens):
        heapq.heappush(heap, asyncio.TimerHandle(w, cb, (i,), loop))
    print([(t.when(), t._args[0]) for t in (heapq.heappop(heap) for _ in range(len(whens)))])
    print([t._args for t in sorted([a, b, d, c])])
    m = MyTimer(4.0, cb, (), loop)
    print(type(m).__name__, m < a, b < m, repr(m).split(' at ')[0])
    h = MyHandle(cb, (1, 2), loop)
    print(repr(h).split(' at ')[0], h.extra, h._args, h.cancelled())
    h._run()
    h.cancel()
    print(repr(h), h._callback)
    # timers fire in deadline order; equal deadlines in the heap's order
    order = []
    base = loop.time()
    hs = [loop.call_at(base + 0.02, order.append, 'c0'),
          loop.call_at(base + 0.01, order.append, 'b'),
          loop.call_at(base + 0.02, order.append, 'c1'),
          loop.call_at(base + 0.005, order.append, 'a'),
          loop.call_at(base + 0.02, order.append, 'c2'),
          loop.call_at(base + 0.03, order.append, 'gone')]
    print([t._scheduled for t in hs])
    hs[-1].cancel()
    await asyncio.sleep(0.06)
    print(order, [t._scheduled for t in hs])
    # the heap's layout after pushes (equal deadlines included) and after timers fire
    far = loop.time() + 1000
    hs = [loop.call_at(far + (i * 7) % 5, cb, i) for i in range(20)]
    print([h._args[0] for h in loop._scheduled])
    near = [loop.call_at(loop.time() + 0.001 * (i % 3), order.append, i) for i in range(9)]
    await asyncio.sleep(0.02)
    print(order[-9:], [h._args[0] for h in loop._scheduled])
    for h in hs:
        h.cancel()
    t = loop.call_later(0.01, order.append, 'later')
    print(t.when() > base, t.cancelled())
    await asyncio.sleep(0.03)
    print(order[-1])


asyncio.run(main())

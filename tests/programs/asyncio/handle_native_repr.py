# Handle and TimerHandle as Python sees them: type, reprs for functions, partials, methods,
# lambdas and builtins, cancel(), get_context(), direct construction, debug-mode origins.
import asyncio
import contextvars
import functools


def plain(a, b=2):
    pass


class Box:
    def meth(self, x):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm(y):
        pass

    def __call__(self, z):
        pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(plain, 1)
    print(type(h).__name__, type(h).__module__, isinstance(h, asyncio.Handle))
    print(repr(h))
    print(repr(loop.call_soon(functools.partial(plain, 1, b=3))))
    print(repr(loop.call_soon(functools.partial(functools.partial(plain, 1), b=4), )))
    print(repr(loop.call_soon(Box().meth, 'x' * 30)))
    print(repr(loop.call_soon(Box.cm)))
    print(repr(loop.call_soon(Box.sm, [1, 2, 3])))
    print(repr(loop.call_soon(Box(), None))[:30])
    print(repr(loop.call_soon(lambda: None)))
    print(repr(loop.call_soon(len, 'abc')))
    c = contextvars.copy_context()
    h2 = loop.call_soon(plain, 5, context=c)
    print(h2.get_context() is c, h.get_context() is not c)
    print(h2._callback is plain, h2._args, h2._cancelled, h2._loop is loop)
    print(h2._source_traceback, h2._repr, h2._context is c)
    h2.cancel()
    print(repr(h2), h2.cancelled(), h2._callback, h2._args)
    h2.cancel()
    print(h2.cancelled())
    # direct construction, positional and by keyword, args None
    d1 = asyncio.Handle(plain, (7,), loop)
    d2 = asyncio.Handle(callback=plain, args=(8, 9), loop=loop, context=c)
    d3 = asyncio.Handle(plain, None, loop)
    print(d1, d2, d3, d2.get_context() is c)
    t = asyncio.TimerHandle(12345.5, plain, (1,), loop)
    print(repr(t), t.when(), t._scheduled, t._when)
    t.cancel()
    print(repr(t))
    t2 = loop.call_at(99999.25, plain, 2)
    print(repr(t2), t2._scheduled)
    t2.cancel()
    print(repr(t2), t2._scheduled)
    try:
        asyncio.Handle(plain, ())
    except TypeError as e:
        print('TypeError', e)
    try:
        asyncio.TimerHandle(1.0, plain, ())
    except TypeError as e:
        print('TypeError', e)
    await asyncio.sleep(0)


asyncio.run(main())


async def debug_main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(plain, 1)
    print(repr(h).replace(__file__, 'FILE'))
    print(type(h._source_traceback).__name__, h._source_traceback[-1][2])
    t = loop.call_later(1000, plain, 2)
    print(t._source_traceback[-1][2], repr(t).split(' at ')[-1].replace(__file__, 'FILE'))
    t.cancel()
    print(repr(t).replace(__file__, 'FILE').split(' when=')[0])
    h.cancel()
    print(repr(h).replace(__file__, 'FILE'))
    d = asyncio.Handle(plain, (3,), loop)
    print(d._source_traceback[-1][2])


asyncio.run(debug_main(), debug=True)

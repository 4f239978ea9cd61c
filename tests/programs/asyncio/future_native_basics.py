# Future as CPython's C type shows it: states, results, errors, attributes, callbacks.
import asyncio
import contextvars


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(type(f).__module__, type(f).__name__, f)
    print(f._state, f._result, f._exception, f._callbacks, f._log_traceback)
    print(f._asyncio_future_blocking, f._source_traceback, f._cancel_message)
    print(f.get_loop() is loop, f._loop is loop, f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    order = []
    f.add_done_callback(lambda fut: order.append(('a', fut.result())))

    def b(fut):
        order.append(('b', fut.result()))
    f.add_done_callback(b)
    f.add_done_callback(b)
    print(len(f._callbacks), f)
    print('removed', f.remove_done_callback(b), len(f._callbacks))
    f.set_result(42)
    print(f, f._state, order)
    await asyncio.sleep(0)
    print(order)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(f.cancel(), f.result(), f.exception())

    # A done future runs a new callback soon, not now.
    f.add_done_callback(lambda fut: print('late callback', fut.result()))
    print('after add')
    await asyncio.sleep(0)

    g = loop.create_future()
    g.set_exception(KeyError('k'))
    print(g, g._log_traceback)
    print(repr(g.exception()), g._log_traceback)
    try:
        g.result()
    except KeyError as e:
        print('raised', repr(e))
    g._log_traceback = False
    try:
        g._log_traceback = True
    except ValueError as e:
        print('ValueError:', e)

    h = loop.create_future()
    h.set_exception(RuntimeError)
    print(h.exception().__class__.__name__)
    for bad in (StopIteration(), 5, 'x'):
        try:
            loop.create_future().set_exception(bad)
        except TypeError as e:
            print('TypeError:', e)

    c = loop.create_future()
    print(c.cancel('why'), c.cancel(), c.cancelled(), c.done(), c._cancel_message, c)
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(repr(c._make_cancelled_error()))

    # Contexts: a callback runs in the context given, else a copy of the current one.
    var = contextvars.ContextVar('var', default='unset')
    var.set('outer')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'inside ctx')
    k = loop.create_future()
    k.add_done_callback(lambda fut: print('default ctx:', var.get()))
    k.add_done_callback(lambda fut: print('given ctx:', var.get()), context=ctx)
    var.set('changed later')
    k.set_result(None)
    await asyncio.sleep(0)

    # await on a future: yields once, then its result.
    m = loop.create_future()
    loop.call_soon(m.set_result, 'awaited')
    print(await m)
    it = m.__await__()
    print(type(it).__name__)
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration', e.value)
    p = loop.create_future()
    it = iter(p)
    print(next(it) is p, p._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(asyncio.Future[int], asyncio.isfuture(p), isinstance(p, asyncio.Future))
    p.cancel()


asyncio.run(main())

f = asyncio.Future.__new__(asyncio.Future)
for name in ('_state', 'get_loop', 'result', 'done'):
    try:
        v = getattr(f, name)
        print(name, v() if callable(v) else v)
    except (RuntimeError, asyncio.InvalidStateError) as e:
        print(name, type(e).__name__, e)
try:
    asyncio.Future()
except RuntimeError as e:
    print('RuntimeError:', e)
except DeprecationWarning as e:
    print('DeprecationWarning', e)

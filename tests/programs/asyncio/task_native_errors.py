# Native Task: reprs of pending/done/cancelled tasks and futures, misuse messages, the
# loop's reports (exception never retrieved, destroyed while pending), get_stack/print_stack.
import asyncio
import gc
import io
import types


class Odd:
    """A future-like object without _asyncio_future_blocking."""


async def bad_yield():
    await types.coroutine(lambda: (yield Odd()))()


async def yields_generator():
    def gen():
        yield 1
    await types.coroutine(lambda: (yield gen()))()


async def plain_yield_of_future(fut):
    await types.coroutine(lambda: (yield fut))()


async def await_self():
    await asyncio.current_task()


async def fails():
    await asyncio.sleep(0)
    raise ValueError('boom')


async def forever():
    await asyncio.Event().wait()


async def nested_inner():
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def nested_outer():
    await nested_inner()


def handler(loop, context):
    msg = context['message']
    keys = sorted(k for k in context if k != 'message')
    exc = context.get('exception')
    print('handler:', msg, keys, repr(exc) if exc else '')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for coro in (bad_yield(), yields_generator(), await_self()):
        t = asyncio.create_task(coro, name='misuse')
        try:
            await t
        except RuntimeError as e:
            print('RuntimeError:', str(e).split(' with ')[0].split(': <')[0])
    f = loop.create_future()
    t = asyncio.create_task(plain_yield_of_future(f), name='plain')
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' in task ')[0])
    f.cancel()

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    t = asyncio.create_task(plain_yield_of_future(foreign), name='foreign')
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', 'attached to a different loop' in str(e))
    other.close()

    try:
        await asyncio.create_task(fails(), name='fails')
    except ValueError as e:
        print('ValueError:', e)

    # reprs (no addresses)
    f = loop.create_future()
    print(f)
    f.add_done_callback(print)
    print(f)
    f.remove_done_callback(print)
    f.set_result([1, 2])
    print(f)
    g = loop.create_future()
    g.cancel()
    print(g)
    h = loop.create_future()
    h.set_exception(OSError(2, 'gone'))
    print(h)
    h.exception()
    w = asyncio.create_task(forever(), name='w')
    await asyncio.sleep(0)
    print(w)
    w.cancel('bye')
    await asyncio.sleep(0)
    print(w)
    d = asyncio.create_task(fails(), name='d')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(d)
    print(d.exception())

    # get_stack / print_stack
    n = asyncio.create_task(nested_outer(), name='nested')
    await asyncio.sleep(0)
    print([fr.f_code.co_name for fr in n.get_stack()])
    print([fr.f_code.co_name for fr in n.get_stack(limit=1)])
    out = io.StringIO()
    n.print_stack(file=out)
    print(out.getvalue().replace(__file__, 'FILE'))
    await n
    print(n.get_stack())
    out = io.StringIO()
    d.print_stack(file=out)
    print(out.getvalue().replace(__file__, 'FILE'))

    # an exception nobody retrieved, a pending task nobody holds
    lost = loop.create_future()
    lost.set_exception(KeyError('lost'))
    del lost
    gc.collect()
    t = asyncio.create_task(fails(), name='unretrieved')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    gc.collect()
    asyncio.create_task(forever(), name='abandoned')
    await asyncio.sleep(0)
    print('end of main')


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('tasks left', len(asyncio.all_tasks(loop)))
loop.close()
del loop
gc.collect()
print('done')

# Loop corners: stop() before run_forever, early stop in run_until_complete, argument checks,
# shutdown_asyncgens reporting a failing aclose, async generator hooks, debug-mode checks.
import asyncio

loop = asyncio.new_event_loop()
order = []
loop.call_soon(order.append, 'a')
loop.stop()
loop.call_soon(order.append, 'b')
loop.run_forever()
print('stop first:', order, loop.is_running())

async def never():
    await asyncio.sleep(3600)

loop.call_soon(loop.stop)
try:
    loop.run_until_complete(never())
except RuntimeError as e:
    print('early stop:', e)

for bad in (1, 'x'):
    try:
        loop.set_task_factory(bad)
    except TypeError as e:
        print('factory:', e)
    try:
        loop.set_exception_handler(bad)
    except TypeError as e:
        print('handler:', e)
try:
    loop.call_later(None, print)
except TypeError as e:
    print('call_later:', e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print('call_at:', e)

seen = []
loop.set_exception_handler(lambda lp, ctx: seen.append(sorted(ctx)))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError('in aclose')

async def use_agen():
    g = agen()
    print('first:', await g.__anext__())
    return g

g = loop.run_until_complete(use_agen())
loop.run_until_complete(loop.shutdown_asyncgens())
print('reported:', seen)

async def debug_checks():
    lp = asyncio.get_running_loop()
    lp.set_debug(True)
    for meth in (lp.call_soon, lp.call_soon_threadsafe):
        try:
            meth(never)
        except TypeError as e:
            print(meth.__name__, e)
        try:
            meth(42)
        except TypeError as e:
            print(meth.__name__, e)
    try:
        lp.call_at(lp.time() + 1, 'nope')
    except TypeError as e:
        print('call_at', e)
    lp.set_debug(False)
    try:
        lp.run_forever()
    except RuntimeError as e:
        print('nested:', e)
    try:
        lp.close()
    except RuntimeError as e:
        print('close:', e)

loop.run_until_complete(debug_checks())
print(repr(loop).startswith('<_UnixSelectorEventLoop running=False closed=False'))
loop.set_exception_handler(None)
print(loop.get_exception_handler())
loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('closed:', e)
c = never()
try:
    loop.create_task(c)
except RuntimeError as e:
    print('closed:', e)
c.close()

# An exception in a callback goes to the loop's exception handler with CPython's message and
# context; the handler runs in the handle's context with the exception being handled;
# SystemExit leaves the loop and the rest of the turn runs next time; cancelled handles
# are skipped, also when cancelled earlier in the same turn.
import asyncio
import contextvars
import sys

var = contextvars.ContextVar('var', default='unset')
seen = []


def handler(loop, context):
    exc = context.get('exception')
    keys = sorted(context)
    print('handler:', context['message'], keys, type(exc).__name__, exc)
    h = context.get('handle')
    print('  handle:', repr(h).replace(__file__, 'FILE'), 'var =', var.get())
    print('  handling it:', sys.exception() is exc)
    if 'source_traceback' in context:
        print('  source_traceback last:', context['source_traceback'][-1][2])


def boom(n, *rest):
    seen.append(n)
    raise ValueError(f'boom {n}')


def ok(n):
    seen.append(n)


def set_and_fail():
    var.set('set in callback')
    raise KeyError('k')


def cancel_other(h):
    seen.append('cancel')
    h.cancel()


def exits():
    seen.append('exit')
    raise SystemExit(3)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(boom, 1, 'x', [2])
    loop.call_soon(ok, 2)
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    loop.call_soon(set_and_fail, context=ctx)
    box = []
    loop.call_soon(lambda: cancel_other(box[0]))  # cancels a handle later in this turn
    box.append(loop.call_soon(ok, 'never'))
    ran = loop.call_soon(ok, 'ran')
    loop.call_soon(cancel_other, ran)  # too late: it ran already
    loop.call_soon(ok, 3)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('seen', seen)
    print('ctx var after:', ctx[var])
    seen.clear()
    # another handler: it gets the same message
    loop.set_exception_handler(lambda l, c: seen.append(('h', c['message'])))
    loop.call_soon(boom, 4)
    await asyncio.sleep(0)
    print('seen', seen)
    loop.set_exception_handler(handler)


asyncio.run(main())

# SystemExit out of a callback: run_until_complete stops with it; what the turn did not
# reach runs on the next run.
loop = asyncio.new_event_loop()
seen.clear()
loop.call_soon(ok, 'a')
loop.call_soon(exits)
loop.call_soon(ok, 'b')
try:
    loop.run_until_complete(asyncio.sleep(0))
except SystemExit as e:
    print('SystemExit', e.code, seen)
loop.run_until_complete(asyncio.sleep(0))
print('after', seen)
loop.set_exception_handler(handler)
loop.set_debug(True)
loop.call_soon(boom, 5)
loop.run_until_complete(asyncio.sleep(0))
loop.close()
try:
    loop.call_soon(ok, 1)
except RuntimeError as e:
    print('RuntimeError', e)

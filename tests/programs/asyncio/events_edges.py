# Handles: reprs (plain, cancelled, debug mode's "created at", a cancelled handle keeping its
# text in debug mode), TimerHandle ordering and equality, an exception in a callback reported
# with the handle, policy argument checks.
import asyncio


def cb(*args):
    print('cb', args)


def failing():
    raise ZeroDivisionError('in callback')


loop = asyncio.new_event_loop()
h = loop.call_soon(cb, 1)
print(repr(h))
h.cancel()
print(repr(h), h.cancelled())
t1 = loop.call_at(10, cb, 'a')
t2 = loop.call_at(20, cb, 'b')
t3 = asyncio.TimerHandle(10, cb, ('a',), loop)
print(repr(t1), t1.when())
print(t1 < t2, t2 > t1, t1 <= t3, t1 >= t3, t1 == t3, t1 != t2, t1 == 10)
print(t1.__lt__(5), t1.__le__(5), t1.__eq__(5), hash(t1) == hash(10.0))
t1.cancel()
print(repr(t1), t1 == t3)
t2.cancel()
t3.cancel()

loop.set_debug(True)
h = loop.call_soon(cb, 2)
print(repr(h).replace(__file__, 'FILE'))
h.cancel()
print(repr(h).replace(__file__, 'FILE'))
t = loop.call_later(5, cb)
print(repr(t).split(' when=')[0], repr(t).split(' created at ')[1].replace(__file__, 'FILE'))
t.cancel()
loop.set_debug(False)

seen = []
loop.set_exception_handler(lambda lp, ctx: seen.append(
    (ctx['message'], repr(ctx['exception']), type(ctx['handle']).__name__)))
loop.call_soon(failing)
loop.call_soon(loop.stop)
loop.run_forever()
print(seen)
loop.close()

for bad in (1, 'policy'):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print(e)
    try:
        asyncio.set_event_loop(bad)
    except TypeError as e:
        print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
print(type(asyncio.get_event_loop_policy()).__name__)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
from asyncio import events
print([n for n in dir(events) if n.startswith('_py_')])

# concurrent.futures' Future, wait(), as_completed() and Executor.map() by hand:
# states, messages, callback order and logging, timeouts, cancellation.
import concurrent.futures as cf
import logging
import re
import threading
import time


class Show(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[0].__name__ if record.exc_info else None
        print('LOG', record.levelname, record.name, record.msg, exc)


logging.getLogger('concurrent.futures').addHandler(Show())


def r(obj):
    return re.sub('0x[0-9a-f]+', 'X', repr(obj))


f = cf.Future()
print(r(f), f.done(), f.running(), f.cancelled())
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), r(f))
try:
    f.result()
except cf.CancelledError as e:
    print('result:', type(e).__qualname__, e.args)
try:
    f.exception()
except cf.CancelledError as e:
    print('exception:', type(e).__qualname__)
print(f.set_running_or_notify_cancel(), f._state, r(f))

f = cf.Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), r(f))
f.set_result(3)
print(f.result(), f.exception(), f.done(), r(f))
for setter in (f.set_result, f.set_exception):
    try:
        setter(4)
    except cf.InvalidStateError as e:
        print('InvalidStateError:', re.sub('0x[0-9a-f]+', 'X', str(e)))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError:', e)

g = cf.Future()
g.set_exception(KeyError('k'))
print(r(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print('raised', repr(e))

h = cf.Future()
try:
    h.result(timeout=0)
except cf.TimeoutError as e:
    print('timeout', type(e) is TimeoutError, e.args)
try:
    h.exception(timeout=0.01)
except TimeoutError as e:
    print('timeout', e.args)

order = []


def bad(fut):
    raise ValueError('callback failed')


h.add_done_callback(lambda fut: order.append(1))
h.add_done_callback(bad)
h.add_done_callback(lambda fut: order.append(3))
h.set_result(None)
print(order)
h.add_done_callback(lambda fut: order.append(4))
h.add_done_callback(bad)
print(order)
c = cf.Future()
c.add_done_callback(lambda fut: print('callback sees cancelled', fut.cancelled()))
c.cancel()
print(cf.Future[int], issubclass(cf.CancelledError, cf._base.Error))
print([k.__name__ for k in cf.BrokenExecutor.__mro__])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED, cf.TimeoutError is TimeoutError)

# wait()
fs = [cf.Future() for _ in range(4)]
fs[0].set_result(0)
res = cf.wait(fs, timeout=0.01)
print(type(res).__name__, res._fields, len(res.done), len(res.not_done))
res = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
print(len(res.done), len(res.not_done))
res = cf.wait(fs, timeout=0, return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
try:
    cf.wait(fs, timeout=0, return_when='bogus')
except ValueError as e:
    print('ValueError:', e)


def later():
    time.sleep(0.1)
    fs[2].set_exception(OSError('x'))
    time.sleep(0.1)
    fs[1].set_result(1)
    time.sleep(0.1)
    fs[3].cancel()


t = threading.Thread(target=later)
t.start()
res = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
print('FIRST_EXCEPTION', sorted(fs.index(x) for x in res.done))
res = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
print('FIRST_COMPLETED', sorted(fs.index(x) for x in res.done))
res = cf.wait(fs, timeout=0.5)
print('ALL_COMPLETED', sorted(fs.index(x) for x in res.done), [len(x._waiters) for x in fs])
t.join()
print(cf.wait([], timeout=0))

# as_completed()
fs = [cf.Future() for _ in range(3)]


def later2():
    time.sleep(0.1)
    fs[1].set_result('b')
    time.sleep(0.1)
    fs[0].cancel()
    fs[0].set_running_or_notify_cancel()
    time.sleep(0.1)
    fs[2].set_result('c')


t = threading.Thread(target=later2)
t.start()
print('as_completed', [fs.index(x) for x in cf.as_completed(fs + [fs[1]])])
print([len(x._waiters) for x in fs])
t.join()
fs = [cf.Future() for _ in range(3)]
fs[1].set_result(1)
for timeout in (0.05, -1):
    try:
        for x in cf.as_completed(fs, timeout=timeout):
            print('got', fs.index(x))
    except TimeoutError as e:
        print('TimeoutError:', e)
    print([len(x._waiters) for x in fs])
print(list(cf.as_completed([])))


# Executor
class Bare(cf.Executor):
    pass


try:
    Bare().submit(print)
except NotImplementedError as e:
    print('NotImplementedError', e.args)
with Bare() as b:
    print(b.shutdown())
with cf.ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
    print(list(ex.map(str, range(5), timeout=5)))
    it = ex.map(lambda x: 1 / x, [1, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        list(ex.map(time.sleep, [0.5], timeout=0.01))
    except TimeoutError as e:
        print('map timeout', e.args)
    print(ex.submit(pow, 2, 10).result())
    x = ex.submit(lambda: 1 / 0)
    print(type(x.exception()).__name__, r(x))
print(cf.Executor.map.__kwdefaults__, cf.Executor.shutdown.__kwdefaults__)

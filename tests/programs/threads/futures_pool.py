# concurrent.futures.ThreadPoolExecutor: submit, map, as_completed, wait, errors, cancel.
import concurrent.futures as cf
import threading
import time


def square(n):
    time.sleep(0.1 * (3 - n))
    return n * n


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(square, i) for i in range(3)]
    for f in cf.as_completed(futures):
        print('completed', f.result())
    print(list(ex.map(square, range(3))))
    print([f.done() for f in futures], futures[0].running(), futures[0].cancelled())

names = []
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    for _ in ex.map(lambda i: (time.sleep(0.02), names.append(threading.current_thread().name)),
                    range(4)):
        pass
print(sorted(set(names)))

with cf.ThreadPoolExecutor(1) as ex:
    print(threading.current_thread().name,
          ex.submit(lambda: threading.current_thread().name).result())


def fail():
    time.sleep(0.01)
    raise ValueError('bad input')


ex = cf.ThreadPoolExecutor(max_workers=2)
slow = ex.submit(time.sleep, 0.3)
bad = ex.submit(fail)
done, not_done = cf.wait([slow, bad], return_when=cf.FIRST_COMPLETED)
print(len(done), len(not_done), bad in done)
print('exception:', repr(bad.exception()))
try:
    bad.result()
except ValueError as e:
    print('result raised', e)
try:
    slow.result(timeout=0.01)
except cf.TimeoutError:
    print('TimeoutError', cf.TimeoutError is TimeoutError)
queued = ex.submit(print, 'never runs')
print('cancel queued:', queued.cancel(), queued.cancelled(), queued.done())
try:
    queued.result()
except cf.CancelledError:
    print('CancelledError')
print('cancel running:', slow.cancel())
done, not_done = cf.wait([slow, bad], timeout=2)
print(len(done), len(not_done))
ex.shutdown(wait=True)
try:
    ex.submit(print)
except RuntimeError as e:
    print(e)

f = cf.Future()
f.add_done_callback(lambda fut: print('callback sees', fut.result()))
f.set_result(42)
try:
    f.set_result(1)
except cf.InvalidStateError:
    print('InvalidStateError')
print(f.result(), f.done())
try:
    list(cf.as_completed([ex2 := cf.Future()], timeout=0.01))
except cf.TimeoutError as e:
    print('as_completed:', e)

# a pool the program never shuts down still finishes its work at exit
pool = cf.ThreadPoolExecutor(2)
pool.submit(lambda: (time.sleep(0.1), print('work finished at exit')))
print('main ends')

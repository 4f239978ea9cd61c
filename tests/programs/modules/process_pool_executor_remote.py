# ProcessPoolExecutor: the remote traceback text carried as __cause__, a result that cannot be
# pickled, map over several iterables, initializer/initargs in each worker, and
# shutdown(cancel_futures=True) cancelling calls still waiting.
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
tag = None
def setup(value):
    global tag
    tag = value
def get_tag(_): return tag
def add(a, b): return a + b
def fails(n):
    raise ValueError("bad %d" % n)
def unpicklable(): return (i for i in ())
def slow(x):
    time.sleep(0.2)
    return x
if __name__ == "__main__":
    with ProcessPoolExecutor(2, initializer=setup, initargs=("ready",)) as ex:
        print(set(ex.map(get_tag, range(5))))
        print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40], chunksize=2)))
        err = ex.submit(fails, 7).exception()
        cause = err.__cause__
        print(type(err).__name__, err, type(cause).__name__, err.__traceback__ is None)
        text = str(cause)
        print(text.startswith('\n"""\nTraceback'), text.endswith('"""'))
        print(text.strip().splitlines()[-2:])
        print('in fails' in text, 'raise ValueError("bad %d" % n)' in text)
        bad = ex.submit(unpicklable).exception()
        print(type(bad).__name__, "generator" in str(bad))
        print(type(bad.__cause__).__name__)
    ex = ProcessPoolExecutor(1)
    futs = [ex.submit(slow, i) for i in range(8)]
    time.sleep(0.05)
    ex.shutdown(wait=True, cancel_futures=True)
    print(futs[0].result(), futs[-1].cancelled(), sum(f.cancelled() for f in futs) >= 4)
    try:
        ProcessPoolExecutor(initializer=5)
    except TypeError as e:
        print("TypeError", e)

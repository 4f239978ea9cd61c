# concurrent.futures.ProcessPoolExecutor (forked worker processes): map, submit/as_completed, a
# lambda fails with PicklingError in its future, argument checks, worker pids, exceptions with
# the worker's traceback as __cause__, BrokenProcessPool when a worker dies.
import os
import signal
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
def sq(x): return x * x
def bad(x): raise KeyError(x)
def die(): os.kill(os.getpid(), signal.SIGKILL)
def pid(_): return os.getpid()
calls = []
def remember(x):
    calls.append(x)
    return len(calls)
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(7), chunksize=3)))
        f = ex.submit(bad, 3)
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e, type(e.__cause__).__name__)
        print(os.getpid() not in set(ex.map(pid, range(4))))
        print(ex.submit(remember, 1).result(), calls)
    ex = ProcessPoolExecutor(1)
    f = ex.submit(die)
    try:
        f.result()
    except BrokenProcessPool as e:
        print("BrokenProcessPool", e)
    try:
        ex.submit(sq, 2)
    except BrokenProcessPool as e:
        print("BrokenProcessPool", e)
    ex2 = ProcessPoolExecutor(2)
    fs = [ex2.submit(sq, i) for i in range(3)]
    ex2.shutdown(wait=False)
    print([f.result() for f in fs])
    try:
        ex2.submit(sq, 1)
    except RuntimeError as e:
        print("RuntimeError", e)
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(6))))
        futs = [ex.submit(sq, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(futs)))
        f = ex.submit(lambda: 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
    for bad in [dict(max_workers=0), dict(max_tasks_per_child=0)]:
        try:
            ProcessPoolExecutor(**bad)
        except ValueError as e:
            print("ValueError", e)

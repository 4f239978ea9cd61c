# multiprocessing.Pool runs its tasks in forked worker processes: results in order, worker
# pids differ from the parent, a worker's globals are its own, exceptions come back with the
# worker's traceback as __cause__, callbacks, maxtasksperchild replaces workers.
import multiprocessing as mp
import os
import sys

state = {"calls": 0}


def sq(x):
    return x * x


def where(_):
    state["calls"] += 1
    return os.getpid(), mp.current_process().name.split("-")[0]


def fails(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x


def init(value):
    global START
    START = value


def from_init(x):
    return START + x


def pid_of(_):
    return os.getpid()


def unpicklable_result(_):
    return lambda: None


if __name__ == "__main__":
    parent = os.getpid()
    with mp.Pool(3) as pool:
        print(pool.map(sq, range(12)), pool.map(sq, []), pool.apply(sq, (7,)))
        print(pool.starmap(pow, [(2, 3), (3, 2), (10, 2)]))
        print(list(pool.imap(sq, range(6))), list(pool.imap(sq, range(7), chunksize=3)))
        print(sorted(pool.imap_unordered(sq, range(6))))
        info = pool.map(where, range(9), chunksize=1)
        print(all(pid != parent for pid, _ in info), sorted({n for _, n in info}),
              state["calls"])
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            cause = e.__cause__
            print("ValueError", e, type(cause).__name__,
                  "bad item 3" in str(cause), str(cause).startswith('\n"""\nTraceback'))
        got = []
        r = pool.apply_async(fails, (2,), callback=got.append)
        print(r.get(timeout=10), r.ready(), r.successful())
        r2 = pool.apply_async(fails, (3,), error_callback=lambda e: got.append(repr(e)))
        r2.wait(10)
        print(r2.ready(), r2.successful(), got)
        try:
            r2.get()
        except ValueError as e:
            print("get raises", e)
        m = pool.map_async(sq, [1, 2, 3], callback=got.append)
        print(m.get(10), got[-1])
        it = pool.imap(fails, range(5))
        print([next(it) for _ in range(3)])
        try:
            next(it)
        except ValueError as e:
            print("imap raises", e)
        try:
            pool.apply(unpicklable_result, (1,))
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
        print(repr(pool).split(" ")[1])

    with mp.Pool(2, initializer=init, initargs=(100,)) as pool:
        print(pool.map(from_init, range(4)))
    try:
        START
    except NameError:
        print("START not set in the parent")

    pool = mp.Pool(2, maxtasksperchild=1)
    pids = pool.map(pid_of, range(6), chunksize=1)
    pool.close()
    pool.join()
    print("maxtasksperchild", len(set(pids)) == 6, parent not in pids)

    pool = mp.Pool(1)
    pool.close()
    try:
        pool.apply(sq, (1,))
    except ValueError as e:
        print("ValueError", e)
    pool.join()
    p2 = mp.Pool(1)
    try:
        p2.join()
    except ValueError as e:
        print("ValueError", e)
    p2.terminate()
    p2.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError", e)
    from multiprocessing.pool import ThreadPool
    with ThreadPool(2) as tp:
        print(tp.map(lambda x: x + 1, [1, 2, 3]), tp.apply(os.getpid) == parent)
    sys.stdout.flush()

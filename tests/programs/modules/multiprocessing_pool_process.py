# multiprocessing (forked processes): worker names, errors from tasks, callbacks, pool states,
# child exit codes and sys.exit messages, contexts, ThreadPool, Queue timeouts.
import multiprocessing as mp
import sys
from multiprocessing.pool import ThreadPool


def name_of(_):
    return mp.current_process().name.split("-")[0]


def fails(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x


def exits():
    sys.exit(3)


def raises():
    sys.exit("child says goodbye")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(sorted(set(pool.map(name_of, range(6)))))
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            print("ValueError", e)
        got = []
        r = pool.apply_async(fails, (2,), callback=got.append)
        r.wait()
        r2 = pool.apply_async(fails, (3,), error_callback=lambda e: got.append(repr(e)))
        r2.wait()
        print(r.get(), r2.successful(), got, repr(pool).split(" ")[1])
        m = pool.map_async(fails, [1, 2], callback=got.append)
        print(m.get(), got[-1])
    pool = mp.Pool(1)
    pool.close()
    try:
        pool.map(fails, [1])
    except ValueError as e:
        print("ValueError", e)
    pool.join()
    p2 = mp.Pool(1)
    try:
        p2.join()
    except ValueError as e:
        print("ValueError", e)
    p2.terminate()
    for target in (exits, raises):
        p = mp.Process(target=target)
        p.start()
        p.join()
        print(p.name, p.exitcode, p.is_alive())
    ctx = mp.get_context("fork")
    p = ctx.Process(target=print, args=("from fork context",))
    p.start(); p.join()
    print(ctx.get_start_method(), mp.parent_process(), mp.active_children())
    with ThreadPool(2) as tp:
        print(tp.map(lambda x: x + 1, [1, 2, 3]))
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError", e)
    q = mp.Queue()
    q.put(1); q.put("two")
    print(q.get(), q.get(), q.empty())
    try:
        q.get(timeout=0.01)
    except Exception as e:
        print(type(e).__name__)

# multiprocessing.pool: chunksize 0 and generators, map_async callbacks, imap timeouts and errors,
# AsyncResult timeouts, close/join (also with maxtasksperchild), ThreadPool, MaybeEncodingError.
import multiprocessing as mp, time
from multiprocessing.pool import ThreadPool, MaybeEncodingError
def sq(x): return x * x
def slow(x):
    time.sleep(0.3); return x
def boom(x):
    if x % 2: raise KeyError(x)
    return x
if __name__ == "__main__":
    p = mp.Pool(3)
    print(repr(p), p.map(sq, range(5), chunksize=0), p.map(sq, iter(range(10)), 4))
    got = []
    r = p.map_async(boom, range(2), chunksize=2, callback=got.append, error_callback=lambda e: got.append(repr(e)))
    r.wait(5); print(r.ready(), r.successful(), got)
    e = p.map_async(sq, [], callback=got.append); print(e.get(), e.ready(), got[-1:])
    it = p.imap(slow, [1, 2])
    try: it.next(timeout=0.05)
    except mp.TimeoutError: print("timeout")
    print(list(it), sorted(p.imap_unordered(sq, range(7), chunksize=2)))
    try: p.imap(sq, [1], chunksize=0)
    except ValueError as e: print(e)
    a = p.apply_async(slow, (5,))
    try: a.get(0.01)
    except mp.TimeoutError as e: print("TimeoutError", repr(e))
    try: a.successful()
    except ValueError as e: print(str(e).split(" object")[0])
    print(a.get())
    try: list(p.imap(boom, range(4)))
    except KeyError as e: print("imap KeyError", e)
    p.close()
    try: p.apply(sq, (1,))
    except ValueError as e: print(e)
    print(repr(p)); p.join(); print(repr(p))
    try: mp.Pool(0)
    except ValueError as e: print(e)
    try: mp.Pool(1, maxtasksperchild=0)
    except ValueError as e: print(e)
    with mp.Pool(2, maxtasksperchild=1) as q:
        print(q.map(sq, range(6), chunksize=1), sorted(q.imap(sq, range(4))))
    with ThreadPool(2) as t:
        print(t.map(sq, range(4)), t.starmap(pow, [(2, 5)]), repr(t))
        try: t.apply(boom, (1,))
        except KeyError as e: print("thread", e, e.__cause__)
    q = mp.Pool(2, maxtasksperchild=1)
    r = q.map_async(sq, range(6), chunksize=1)
    q.close(); q.join(); print(r.get(), repr(q))
    print(repr(MaybeEncodingError(ValueError("v"), [1])))

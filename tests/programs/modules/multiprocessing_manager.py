# multiprocessing.Manager(): a server process holds the objects; processes (children, Pool
# workers) change them through proxies and the parent sees the changes.
import multiprocessing as mp


def work(d, l, ns, q, lock, v, i):
    with lock:
        d[i] = i * i
        l.append(i)
        v.value += 1
    ns.seen = True
    q.put(("done", i))


def in_pool(x, d):
    d[x] = -x
    return x


if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        l = m.list([0])
        ns = m.Namespace(a=1)
        q = m.Queue()
        lock = m.Lock()
        v = m.Value("i", 0)
        ps = [mp.Process(target=work, args=(d, l, ns, q, lock, v, i)) for i in range(1, 4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), ns.a, ns.seen, v.value)
        print(sorted(q.get() for _ in range(3)), len(d), 2 in d, 7 in d, q.empty())
        print(dict(d) == {1: 1, 2: 4, 3: 9}, list(l)[0], l[0], str(d) == str(dict(d)))
        print(ps[0].name, [p.exitcode for p in ps])
        with mp.Pool(2) as pool:
            print(pool.starmap(in_pool, [(1, d), (2, d)]))
        print(d[1], d[2], d.get(9, "none"), d.pop(3), sorted(d.keys()))
        l.extend([5, 6])
        l += [7]
        print(l[-3:], len(l), l.index(5), l.count(0))
        ns.b = "x"
        print(ns)
        ev = m.Event()
        print(ev.is_set())
        ev.set()
        print(ev.is_set(), ev.wait(1))
        try:
            d[42]
        except KeyError as e:
            print("KeyError", e)
        print(type(d).__name__, type(l).__name__, type(ns).__name__)
    try:
        m.dict()
    except Exception as e:
        print(type(e).__name__, e)

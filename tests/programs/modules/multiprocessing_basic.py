# multiprocessing (forked processes): Pool map/apply/starmap/imap, the PicklingError of a lambda,
# Process names and exit codes, Queue, Value/Array, Pipe, Manager.
import multiprocessing as mp, os
def sq(x): return x * x
def work(q, n):
    q.put((mp.current_process().name, n * 10))
if __name__ == "__main__":
    print(mp.current_process().name, mp.cpu_count() > 0, mp.get_start_method())
    with mp.Pool(3) as p:
        print(p.map(sq, range(8)), p.apply(sq, (7,)), p.starmap(pow, [(2, 3), (3, 2)]))
        r = p.apply_async(sq, (9,)); print(r.get(timeout=5), r.ready(), r.successful())
        print(sorted(p.imap_unordered(sq, range(5))), list(p.imap(sq, range(5), chunksize=2)))
        try:
            p.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, e)
    q = mp.Queue()
    procs = [mp.Process(target=work, args=(q, i)) for i in range(3)]
    for pr in procs: pr.start()
    for pr in procs: pr.join()
    print(sorted(q.get() for _ in range(3)), [pr.exitcode for pr in procs], procs[0].name, procs[0].is_alive())
    print(repr(procs[0]).split(" ")[0])
    v = mp.Value("i", 5); a = mp.Array("d", [1.0, 2.0])
    with v.get_lock():
        v.value += 1
    print(v.value, a[:], len(a))
    parent, child = mp.Pipe()
    child.send({"x": 1}); print(parent.recv(), parent.poll())
    with mp.Manager() as m:
        d = m.dict(); l = m.list([1]); d["k"] = 2; l.append(3)
        print(dict(d), list(l))
    def boom():
        raise ValueError("in child")

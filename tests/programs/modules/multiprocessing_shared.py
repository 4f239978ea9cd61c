# multiprocessing between real processes: Queue/JoinableQueue/SimpleQueue/Pipe carry pickled
# objects, locks/semaphores/events/conditions/barriers and Value/Array are shared.
import multiprocessing as mp
import queue
import time


def producer(q, start, n):
    for i in range(start, start + n):
        q.put(("item", i))
    q.put(None)


def big_sender(q):
    q.put(b"x" * 200000)
    q.put(list(range(500)))


def consumer(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 2)
        jq.task_done()


def echo(conn):
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == "stop":
            break
        if msg == "bytes":
            conn.send_bytes(b"raw-bytes", 4, 5)
        else:
            conn.send(("echo", msg))
    conn.close()


def add_many(counter, arr, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += 1


def wait_event(ev, q, name):
    ok = ev.wait(10)
    q.put((name, ok))


def guarded(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.05)
        with lock:
            active.value -= 1


def cond_waiter(cond, flag, q):
    with cond:
        ok = cond.wait_for(lambda: flag.value == 1, timeout=10)
    q.put(("cond", ok))


def at_barrier(bar, q):
    q.put(("barrier", bar.wait(timeout=10) >= 0))


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, k * 100, 20)) for k in range(3)]
    for p in ps:
        p.start()
    got, ends = [], 0
    while ends < 3:
        item = q.get(timeout=10)
        if item is None:
            ends += 1
        else:
            got.append(item[1])
    for p in ps:
        p.join()
    print(len(got), sorted(got) == [k * 100 + i for k in range(3) for i in range(20)],
          q.empty(), q.qsize())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty at once")

    p = mp.Process(target=big_sender, args=(q,))
    p.start()
    big = q.get()
    nums = q.get()
    p.join()
    print(len(big), len(nums), nums[-1], p.exitcode)

    bq = mp.Queue(maxsize=2)
    bq.put(1)
    bq.put(2)
    print(bq.full(), bq.qsize())
    try:
        bq.put(3, timeout=0.05)
    except queue.Full:
        print("Full")
    print(bq.get(), bq.get(), bq.full())

    jq, results = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=consumer, args=(jq, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(10):
        jq.put(i)
    jq.put(None)
    jq.put(None)
    jq.join()
    print("joined", sorted(results.get() for _ in range(10)))
    for w in workers:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError", e)

    sq = mp.SimpleQueue()
    p = mp.Process(target=lambda s: [s.put(i * i) for i in range(4)], args=(sq,))
    p.start()
    p.join()
    print([sq.get() for _ in range(4)], sq.empty())

    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    a.send({"k": [1, 2]})
    print(a.recv(), a.poll(0.01))
    a.send("bytes")
    print(a.recv_bytes())
    a.send("stop")
    a.close()
    p.join()
    r, w = mp.Pipe(duplex=False)
    for bad in (lambda: r.send(1), lambda: w.recv()):
        try:
            bad()
        except OSError as e:
            print("OSError", e)
    w.send_bytes(b"0123456789", 2, 3)
    print(r.recv_bytes(), r.poll())
    w.send_bytes(b"abcdef")
    try:
        r.recv_bytes(maxlength=3)
    except OSError as e:
        print("OSError", e, r.closed)
    w.close()

    counter = mp.Value("i", 0)
    arr = mp.Array("d", [0.5, 1.5, 2.5])
    lock = mp.Lock()
    ps = [mp.Process(target=add_many, args=(counter, arr, lock, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, arr[:], len(arr), list(arr), counter)
    raw = mp.RawValue("d", 1.25)
    chars = mp.Array("c", b"hello")
    print(raw.value, raw, chars.value, chars[1:3], mp.Value("i", 7, lock=False))
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError", e)
    rl = mp.RLock()
    print(rl.acquire(), rl.acquire())
    rl.release()
    rl.release()
    try:
        rl.release()
    except AssertionError as e:
        print("AssertionError", e)

    ev = mp.Event()
    eq = mp.Queue()
    ps = [mp.Process(target=wait_event, args=(ev, eq, n)) for n in ("a", "b")]
    for p in ps:
        p.start()
    time.sleep(0.1)
    print("set?", ev.is_set())
    ev.set()
    print(sorted(eq.get() for _ in ps), ev.is_set(), ev.wait(0))
    for p in ps:
        p.join()
    ev.clear()
    print(ev.is_set(), ev.wait(0.01))

    sem = mp.Semaphore(2)
    active, peak = mp.Value("i", 0), mp.Value("i", 0)
    ps = [mp.Process(target=guarded, args=(sem, active, peak, lock)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("peak", peak.value, "value", sem.get_value())
    bs = mp.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    cond, flag = mp.Condition(), mp.Value("i", 0)
    p = mp.Process(target=cond_waiter, args=(cond, flag, eq))
    p.start()
    time.sleep(0.1)
    with cond:
        flag.value = 1
        cond.notify_all()
    print(eq.get())
    p.join()

    bar = mp.Barrier(3)
    ps = [mp.Process(target=at_barrier, args=(bar, eq)) for _ in range(2)]
    for p in ps:
        p.start()
    bar.wait(timeout=10)
    print(sorted(eq.get() for _ in ps), bar.parties)
    for p in ps:
        p.join()
    try:
        __import__("pickle").dumps(mp.Lock())
    except RuntimeError as e:
        print("RuntimeError", e)

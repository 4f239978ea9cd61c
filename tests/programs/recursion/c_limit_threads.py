# Each thread has its own C recursion budget (CPython 3.12: 1500 units per thread state), and
# deep native recursion in a thread raises RecursionError as in the main thread.
import threading

depth = 0


class E:
    def __eq__(self, o):
        global depth
        depth += 1
        return self == o


def nest(n):
    x = 0
    for i in range(n):
        x = [x]
    return x


def run(name, f):
    global depth
    depth = 0
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, depth, "RecursionError:", e)


def worker(tag):
    run(tag + " eq", lambda: E() == 1)
    run(tag + " repr", lambda: repr(nest(50000)))
    a, b = nest(50000), nest(50000)
    run(tag + " ==", lambda: a == b)


class Deep:
    """A thread started from deep inside a recursion starts with a full budget."""

    def __eq__(self, o):
        global depth
        depth += 1
        if depth == 300:
            t = threading.Thread(target=worker, args=("inner",))
            t.start()
            t.join()
            return True
        return self == o


threads = [threading.Thread(target=worker, args=(f"t{i}",)) for i in range(2)]
for t in threads:
    t.start()
    t.join()
depth = 0
print(Deep() == 1)
worker("main")

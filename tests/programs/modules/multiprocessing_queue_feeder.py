# multiprocessing.Queue: an object bigger than the pipe holds is written by a feeder thread once
# a reader makes room, so put() returns at once (CPython's feeder thread does the same).
import multiprocessing as mp
def take(q, out):
    out.put(len(q.get()))
def give(q):
    q.put(b"y" * 300000)
    q.put("small")
if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    q.put(b"x" * 300000)   # does not fit in the pipe: the feeder writes it once read
    q.put("after")
    p = mp.Process(target=take, args=(q, out))
    p.start()
    print(out.get(), q.get())
    p.join()
    p = mp.Process(target=give, args=(q,))
    p.start()
    print(len(q.get()), q.get())
    p.join()
    print(p.exitcode, q.empty(), q.qsize())

# multiprocessing.dummy: the multiprocessing API over threads (a global changed in a worker is
# changed here: they are threads, in CPython too).
from multiprocessing.dummy import Pool, Process, Queue, current_process, Pipe
import os
G = []
def f(x):
    G.append(x)
    return x * 2
with Pool(3) as p:
    print(p.map(f, range(5)), sorted(G))
q = Queue()
t = Process(target=lambda: q.put(current_process().name)); t.start(); t.join()
print(q.get().startswith("Thread"), t.exitcode)
a, b = Pipe(); a.send(1); print(b.recv(), b.poll())

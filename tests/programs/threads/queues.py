# queue.Queue between threads: workers, task_done/join, bounded puts, sentinels.
import queue
import threading
import time

q = queue.Queue()
results = []
stopped = []


def worker(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            stopped.append(name)
            return
        time.sleep(0.01 * item)
        results.append((name, item * item))
        q.task_done()


workers = [threading.Thread(target=worker, args=('w%d' % i,)) for i in range(2)]
for w in workers:
    w.start()
for i in range(1, 7):
    q.put(i)
q.join()
print(sorted(r for _, r in results), q.unfinished_tasks)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print(sorted(stopped))

# A bounded queue: the producer waits for room.
bq = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(5):
        bq.put(i)
        log.append('put %d' % i)
    bq.put(None)


def consumer():
    while True:
        time.sleep(0.03)
        item = bq.get()
        if item is None:
            break
        log.append('got %d' % item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(log)

# get with a timeout gives up with Empty; another thread's put wakes it in time.
try:
    queue.Queue().get(timeout=0.02)
except queue.Empty:
    print('Empty after timeout')
lq = queue.LifoQueue()
threading.Timer(0.05, lq.put, args=('late item',)).start()
print(lq.get(timeout=2))
pq = queue.PriorityQueue()
for x in (5, 1, 3):
    pq.put(x)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
threading.Timer(0.02, sq.put, args=('simple',)).start()
print(sq.get())

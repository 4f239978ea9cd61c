# queue's contract: the three orders, maxsize/full/empty, task accounting, timeouts and their
# checks, SimpleQueue as its own type, generic aliases, subclass hooks.
import queue

q = queue.Queue(3)
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks, type(q.queue).__name__)
for x in "abc":
    q.put(x)
print(q.qsize(), q.full(), list(q.queue))
for call in (lambda: q.put("d", block=False), lambda: q.put_nowait("d"),
             lambda: q.put("d", timeout=0.01), lambda: q.put("d", timeout=0)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
try:
    q.put("d", timeout=-1)
except ValueError as e:
    print("ValueError", e)
print([q.get() for _ in range(3)], q.empty(), q.unfinished_tasks)
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
for _ in range(3):
    q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue(maxsize=0)
for v in (5, 1, 4, 1, 3):
    lq.put(v)
    pq.put((v, str(v)))
print([lq.get() for _ in range(5)], [pq.get_nowait() for _ in range(5)])
print(type(lq.queue).__name__, type(pq.queue).__name__, isinstance(lq, queue.Queue))

sq = queue.SimpleQueue()
print(isinstance(sq, queue.Queue), sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False, timeout=3)
sq.put_nowait(3)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=True, timeout=0), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(hasattr(sq, "task_done"), hasattr(sq, "maxsize"), hasattr(sq, "full"))

print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple])
print(queue.__all__, issubclass(queue.Empty, Exception), queue.Full.__mro__[1].__name__)
print(hasattr(queue, "ShutDown"))

class Bag(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.add(item)
    def _get(self):
        return self.queue.pop()
b = Bag()
for v in (3, 3, 2):
    b.put(v)
print(b.qsize(), b.unfinished_tasks, sorted([b.get(), b.get()]))
for qq, call in ((queue.Queue(), lambda qq: qq.put(1, timeout=-1)),
                 (queue.Queue(5), lambda qq: qq.put(1, timeout=-1)),
                 (queue.Queue(), lambda qq: (qq.put(1), qq.get(timeout=-1))),
                 (queue.Queue(), lambda qq: (qq.put(1), qq.get(False, timeout=-1))),
                 (queue.SimpleQueue(), lambda qq: (qq.put(1), qq.get(timeout=-1)))):
    try:
        print(call(qq))
    except ValueError as e:
        print("ValueError", e)
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue)
big = queue.Queue(maxsize=-1)
for i in range(100):
    big.put(i)
print(big.full(), big.qsize())

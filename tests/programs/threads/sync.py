# Locks, conditions, semaphores, events and barriers shared by threads.
import threading
import time

# A lock held across a sleep makes the others wait their turn, in arrival order.
lock = threading.Lock()
order = []


def locked_work(n):
    with lock:
        order.append(('in', n))
        time.sleep(0.05)
        order.append(('out', n))


ts = [threading.Thread(target=locked_work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# (which waiter gets the lock next is up to CPython's OS threads: only check exclusion)
print(len(order), all(order[i][0] == 'in' and order[i + 1] == ('out', order[i][1])
                      for i in range(0, len(order), 2)))
print(lock.locked(), lock.acquire(timeout=0.01), lock.locked())
holder = threading.Thread(target=lambda: print('other thread acquire:', lock.acquire(timeout=0.05)))
holder.start()
holder.join()
lock.release()

# RLock: its owner re-enters; others wait.
rlock = threading.RLock()


def reenter(tag):
    with rlock:
        with rlock:
            print('reentered', tag)
            time.sleep(0.05)


ts = [threading.Thread(target=reenter, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
try:
    rlock.release()
except RuntimeError as e:
    print('RLock:', e)

# Condition: a consumer waits until a producer notifies.
cond = threading.Condition()
items = []


def consumer(name):
    with cond:
        while not items:
            cond.wait()
        print(name, 'got', items.pop(0))


cs = [threading.Thread(target=consumer, args=('c%d' % i,)) for i in range(2)]
for c in cs:
    c.start()
for i in range(2):
    time.sleep(0.05)
    with cond:
        items.append(i * 10)
        cond.notify()
for c in cs:
    c.join()
with cond:
    print('wait timeout ->', cond.wait(0.01))
    print('wait_for ->', cond.wait_for(lambda: True))

# Semaphore: at most two at a time.
sem = threading.Semaphore(2)
active = []
peak = []


def limited(n):
    with sem:
        active.append(n)
        peak.append(len(active))
        time.sleep(0.05)
        active.remove(n)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', max(peak), 'semaphore', sem._value)
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print('BoundedSemaphore:', e)

# Event: waiters wake when it is set.
ev = threading.Event()


woke = []


def waiter(n):
    woke.append((n, ev.wait()))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.05)
print('setting')
ev.set()
for w in ws:
    w.join()
print(sorted(woke))
ev.clear()
print('timed wait ->', ev.wait(0.01))

# Barrier: all three leave together; the action runs once.
barrier = threading.Barrier(3, action=lambda: print('barrier action'))
indices = []


def arrive(n):
    time.sleep(0.03 * n)
    indices.append(barrier.wait())


ts = [threading.Thread(target=arrive, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), barrier.broken, barrier.n_waiting)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken after timeout', b2.broken)

# Timer: runs later unless cancelled.
t1 = threading.Timer(0.05, print, args=('timer fired',))
t2 = threading.Timer(0.05, print, args=('never',))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print('timers done')

# local(): each thread sees its own attributes.
data = threading.local()
data.x = 'main'


def show(n):
    time.sleep(0.2 * n)
    print('local has x:', hasattr(data, 'x'))
    data.x = n
    time.sleep(0.1)
    print('local x', data.x)


ts = [threading.Thread(target=show, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('main local x', data.x)


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        print('init in', threading.current_thread().name)


ml = MyLocal(5)
t = threading.Thread(target=lambda: print('v', ml.v), name='T')
t.start()
t.join()

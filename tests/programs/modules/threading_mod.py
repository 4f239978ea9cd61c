# threading primitives in a one-thread VM: Lock, RLock, Event, Semaphore, Condition, local, current_thread
import threading
lock = threading.Lock()
with lock:
    print(lock.locked())
print(lock.locked(), lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
e = threading.Event(); print(e.is_set()); e.set(); print(e.wait(), e.is_set())
s = threading.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(blocking=False))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count(), threading.get_ident() == threading.get_ident())
loc = threading.local(); loc.x = 5; print(loc.x)
c = threading.Condition()
with c:
    c.notify_all()
print("done")

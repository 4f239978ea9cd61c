import threading
lock = threading.Lock()
rlock = threading.RLock()
for what, call in [("Lock.release", lock.release), ("RLock.release", rlock.release),
                   ("acquire timeout", lambda: lock.acquire(False, 1)),
                   ("acquire negative", lambda: lock.acquire(True, -5))]:
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(what, type(e).__name__, e)
with rlock:
    with rlock:
        print("nested", repr(rlock).split(" owner")[0])
def worker():
    with lock:
        lock.release()
worker()

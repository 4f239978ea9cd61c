# threading's contract as one thread sees it: lock types and their argument checks, reprs
# (addresses masked), conditions, semaphores, events, barriers, Thread objects, hooks.
import re
import sys
import threading

def show(obj):
    print(re.sub(r"owner=[1-9][0-9]*", "owner=ID", re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))))

def attempt(call):
    try:
        print("->", call())
    except Exception as e:
        print(type(e).__name__, e)

lk = threading.Lock()
show(lk)
print(type(lk), type(lk).__module__, type(lk).__name__)
print(lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0), lk.acquire(True, 0.01))
show(lk)
lk.release()
attempt(lk.release)
attempt(lambda: lk.acquire(False, 1))
attempt(lambda: lk.acquire(timeout=-2))
attempt(lambda: lk.acquire(timeout=1e20))
with lk:
    print("in with", lk.locked())
print(lk.locked(), lk.acquire_lock(), lk.locked_lock(), lk.release_lock())

rl = threading.RLock()
print(type(rl).__module__, type(rl).__name__)
show(rl)
print(rl.acquire(), rl.acquire(), rl._is_owned())
show(rl)
rl.release(); rl.release()
attempt(rl.release)
attempt(lambda: rl.acquire(False, 2))
with rl, rl:
    show(rl)

c = threading.Condition()
show(c)
attempt(c.wait)
attempt(c.notify)
with c:
    print(c.wait(0), c.wait(0.01), c.wait_for(lambda: 5), c.wait_for(lambda: 0, timeout=0.01))
    c.notify(); c.notify_all()
c2 = threading.Condition(threading.Lock())
show(c2)
with c2:
    print(c2._is_owned(), c2.wait(0))
print(c2._is_owned())
import warnings
warnings.simplefilter("always")
sys.stderr = sys.stdout
with c:
    c.notifyAll()

s = threading.Semaphore(2)
show(s)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
show(s)
s.release(2)
show(s)
attempt(lambda: s.release(0))
attempt(lambda: s.acquire(False, 1))
attempt(lambda: threading.Semaphore(-1))
with s:
    show(s)
bs = threading.BoundedSemaphore(2)
show(bs)
bs.acquire()
show(bs)
bs.release()
attempt(bs.release)
attempt(lambda: bs.release(0))

e = threading.Event()
show(e)
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
show(e)
print(e.wait(), e.wait(5), e.isSet())
e.clear()
print(e.is_set())

b = threading.Barrier(1, action=lambda: print("action ran"))
show(b)
print(b.wait(), b.parties, b.n_waiting, b.broken)
b.abort()
show(b)
attempt(b.wait)
b.reset()
print(b.broken, b.wait())
b2 = threading.Barrier(3, timeout=0.01)
show(b2)
attempt(b2.wait)
print(b2.broken)
bad = threading.Barrier(1, action=lambda: 1 / 0)
attempt(bad.wait)
print(bad.broken)

def work(a, b=0):
    print("work", a, b)
t = threading.Thread(target=work, args=(1,), kwargs={"b": 2})
show(t)
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"), t.ident, t.native_id,
      t.daemon, t.is_alive())
t.run()
t2 = threading.Thread(name=42, daemon=True)
show(t2)
print(repr(t2.name), t2.daemon)
t2.name = "renamed"
t2.daemon = False
print(t2.getName(), t2.isDaemon())
t2.setName("again"); t2.setDaemon(True)
print(t2.name, t2.daemon)
attempt(t2.join)
attempt(lambda: threading.Thread(group=1))
class MyThread(threading.Thread):
    def run(self):
        print("my run")
mt = MyThread(name="mine")
show(mt)
mt.run()

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.is_alive(), main.daemon,
      type(main).__name__, main.ident == threading.get_ident())
print(repr(main).startswith("<_MainThread(MainThread, started "))
attempt(main.join)
print(threading.active_count(), threading.activeCount(), threading.enumerate() == [main],
      threading.currentThread() is main)
print(threading.TIMEOUT_MAX, threading.ThreadError, threading.stack_size())
print(isinstance(threading.get_native_id(), int))
loc = threading.local()
loc.x = 1
print(type(loc), loc.x)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
print(MyLocal(7).v)

tm = threading.Timer(0.01, work, args=("timer",))
print(tm.interval, tm.args, tm.kwargs, tm.finished.is_set())
tm.cancel()
tm.run()
tm2 = threading.Timer(0, work, ["ran"], {"b": 3})
tm2.run()

def tracer(*a):
    return None
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None); threading.setprofile(None)
try:
    raise ValueError("in thread")
except ValueError as exc:
    args = threading.ExceptHookArgs([type(exc), exc, None, t2])
print(type(args).__name__, args.exc_type.__name__, args.thread is t2, len(args))
threading.excepthook(args)
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(), None, None]))
print(threading.__excepthook__ is threading.excepthook)
print(sorted(threading.__all__))

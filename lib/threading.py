"""Thread primitives (pydive's threading).

pydive runs threads as green threads (crates/vm/src/threads.rs, `_pydive_thread`): one runs
at a time, and the VM switches only where the running one blocks (time.sleep, a lock, a
condition, an event, a semaphore, a barrier, join, a queue that must wait). A started thread
runs at once until it blocks; then its starter goes on. Everything here is built on two
primitives: park() (block until unpark() or a timeout) and unpark(ident). Since no switch can
happen between two blocking calls, the bookkeeping below needs no lock of its own.

When every thread waits and none has a timeout, CPython would hang: pydive raises
RuntimeError ("deadlock") in the main thread instead.
"""

import sys as _sys
import time as _time
import _pydive_thread as _pt
from itertools import count as _count
try:
    # object.__new__ refuses the C types pydive writes in Python; their __new__ uses this
    from _pydive import alloc as _alloc
except ImportError:
    _alloc = object.__new__

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "getprofile", "gettrace", "setprofile_all_threads",
           "settrace_all_threads"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_monotonic = _time.monotonic
get_ident = _pt.get_ident


def get_native_id():
    import os
    ident = get_ident()
    return os.getpid() if ident == _MAIN_IDENT else os.getpid() + ident - 1


_MAIN_IDENT = get_ident()


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _addr(obj):
    return "%#x" % id(obj)


def _park_until(deadline, what):
    """Block until woken or the deadline (None: no deadline); False once it has passed."""
    if deadline is None:
        _pt.park(None, what)
        return True
    left = deadline - _monotonic()
    if left <= 0:
        return False
    _pt.park(left, what)
    return True


def _deadline(timeout):
    return None if timeout is None else _monotonic() + timeout


def _wake_first(waiters):
    if waiters:
        _pt.unpark(waiters.pop(0))


# ---------------------------------------------------------------------------------------------
# The two lock types (CPython's come from its _thread module)

def _lock_wait_args(blocking, timeout):
    """_thread's checks of acquire()'s arguments; the timeout to wait (-1: forever)."""
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return timeout if blocking else 0


def _queue_until_free(waiters, busy, wait, what):
    """Wait in `waiters` (a lock's queue of thread idents, woken first-come) while `busy()`,
    at most `wait` seconds (-1: no limit). False when the time ran out."""
    deadline = None if wait == -1 else _monotonic() + wait
    me = get_ident()
    try:
        while busy():
            waiters.append(me)
            if not _park_until(deadline, what):
                return False
            if me in waiters:
                waiters.remove(me)
    finally:
        if me in waiters:
            waiters.remove(me)
    return True


class lock:
    """A plain lock: whoever holds it, a second acquire() waits until it is released."""

    def __init__(self):
        self._held = False
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        wait = _lock_wait_args(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if wait == 0:
            return False
        if not _queue_until_free(self._waiters, lambda: self._held, wait, "Lock.acquire()"):
            return False
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False
        _wake_first(self._waiters)

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._held = False
        self._waiters = []

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return "<%s _thread.lock object at %s>" % (state, _addr(self))

    def __reduce_ex__(self, protocol):
        # a C type without pickling support in CPython (copy and pickle refuse it)
        raise TypeError("cannot pickle '_thread.lock' object")


class RLock_:
    """A re-entrant lock: its holder may acquire it again, and must release as often."""

    def __init__(self):
        self._owner = None
        self._depth = 0
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        wait = _lock_wait_args(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._depth += 1
            return True
        if self._owner is not None:
            if wait == 0:
                return False
            busy = lambda: self._owner is not None  # noqa: E731
            if not _queue_until_free(self._waiters, busy, wait, "RLock.acquire()"):
                return False
        self._owner = me
        self._depth = 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if not self._depth:
            self._owner = None
            _wake_first(self._waiters)

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._depth, self._owner)
        self._depth, self._owner = 0, None
        _wake_first(self._waiters)
        return saved

    def _acquire_restore(self, state):
        self.acquire()
        self._depth, self._owner = state

    def _at_fork_reinit(self):
        self.__init__()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._depth else "unlocked"
        owner = self._owner if self._depth else 0
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            state, owner, self._depth, _addr(self))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")


lock.__module__ = RLock_.__module__ = "_thread"
RLock_.__name__ = RLock_.__qualname__ = "RLock"

# CPython's two lock types are C code: their methods add no traceback entry
# ('release unlocked lock' points at the caller's line) and no trace events.
try:
    from _pydive import hide_from_tracebacks as _hide
except ImportError:
    _hide = None
if _hide is not None:
    for _cls in (lock, RLock_):
        for _name in ("acquire", "release", "__enter__", "__exit__"):
            _hide(_cls.__dict__[_name])
    del _cls, _name


def Lock():
    """A new plain lock (an object of _thread's lock type)."""
    return lock()


allocate_lock = Lock


def RLock(*args, **kwargs):
    """A new re-entrant lock."""
    return RLock_(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Conditions, semaphores, events, barriers

class Condition:
    """A lock plus a queue of threads waiting to be notified."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []  # [ident, notified] pairs, first come first notified

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # a plain lock: held (by someone; CPython cannot tell who either) if not free now
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait for notify() (or the timeout), take the lock back."""
        return self._wait(timeout, "Condition.wait()")

    def _wait(self, timeout, what):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        entry = [get_ident(), False]
        self._waiters.append(entry)
        saved = self._release_save()
        deadline = _deadline(timeout)
        try:
            while not entry[1]:
                if not _park_until(deadline, what):
                    break
            return entry[1]
        finally:
            if not entry[1] and entry in self._waiters:
                self._waiters.remove(entry)
            self._acquire_restore(saved)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passes; predicate()'s last value."""
        deadline = None
        left = timeout
        outcome = predicate()
        while not outcome:
            if left is not None:
                if deadline is None:
                    deadline = _monotonic() + left
                else:
                    left = deadline - _monotonic()
                    if left <= 0:
                        break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and self._waiters:
            entry = self._waiters.pop(0)
            entry[1] = True
            _pt.unpark(entry[0])
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


def _describe(obj, state):
    cls = type(obj)
    return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, _addr(obj), state)


class Semaphore:
    """A counter: acquire() takes one (waiting while it is zero), release() gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _describe(self, "value=%d" % self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _monotonic() + timeout
                    else:
                        timeout = deadline - _monotonic()
                        if timeout <= 0:
                            return False
                self._cond._wait(timeout, "Semaphore.acquire()")
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to count above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _describe(self, "value=%d/%d" % (self._value, self._initial_value))

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait on until it is set."""

    _waiting_for = "Event.wait()"  # what a deadlock report says

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _describe(self, "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        # A thread polling in a loop (`while not ev.is_set(): pass`) would never let the one
        # it waits for run (pydive switches only where a thread blocks): a poll lets the
        # threads that are ready run first, as CPython's switch interval soon would.
        _pt.yield_now()
        return self._flag

    def isSet(self):
        _deprecated("isSet() is deprecated, use is_set() instead")
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond._wait(timeout, self._waiting_for)
            return flag


class BrokenBarrierError(RuntimeError):
    pass


# A barrier's phases: threads arrive while it fills, then leave while it drains; reset()
# lets the ones waiting leave with an error first; a broken barrier stays broken until reset.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets `parties` threads wait until all have arrived, then releases them together."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, "waiters=%d/%d" % (self.n_waiting, self.parties))

    def wait(self, timeout=None):
        """Arrive and wait for the others; the arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # a barrier still letting the last round leave makes newcomers wait
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._phase in (_RESETTING, _DRAINING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._phase = _DRAINING
            self._cond.notify_all()
        except:  # noqa: E722 (any failure of the action breaks the barrier)
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._phase == _FILLING:
                    self._phase = _RESETTING
                elif self._phase == _BROKEN:
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ---------------------------------------------------------------------------------------------
# Thread-local data

def _local_dict(obj):
    """obj's attributes for the running thread (made, and __init__ run, on first use)."""
    dicts = object.__getattribute__(obj, "_local__dicts")
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        args, kwargs = object.__getattribute__(obj, "_local__args")
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kwargs)
    return d


def _class_data_descriptor(obj, name):
    for klass in type(obj).__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            kind = type(attr)
            return hasattr(kind, "__set__") or hasattr(kind, "__delete__")
    return False


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = _alloc(cls)
        object.__setattr__(self, "_local__args", (args, kwargs))
        object.__setattr__(self, "_local__dicts", {get_ident(): {}})
        return self

    def __getattribute__(self, name):
        if name in ("_local__dicts", "_local__args", "__class__"):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d and not _class_data_descriptor(self, name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is local:
                raise AttributeError("'_thread._local' object has no attribute '%s'" % name)
            raise

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'_thread._local' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _class_data_descriptor(self, name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'_thread._local' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _class_data_descriptor(self, name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(name)


local.__module__ = "_thread"
local.__name__ = local.__qualname__ = "_local"


# ---------------------------------------------------------------------------------------------
# Threads

_thread_numbers = _count(1)
_active = {}   # ident -> Thread, in the order they began (the main thread first)
_limbo = {}    # Thread -> Thread: started, not yet running


def _newname(name_template):
    return name_template % next(_thread_numbers)


class Thread:
    """A thread of control: run() (the target by default) in a green thread of its own."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            label = getattr(target, "__name__", None) if target is not None else None
            if label is not None:
                name += " (%s)" % label
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._finished = Event()
        self._finished._waiting_for = "Thread.join() of %s" % name
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def _require_init(self, message="Thread.__init__() not called"):
        # CPython asserts this (an AssertionError, with these words)
        if not self._initialized:
            raise AssertionError(message)

    def __repr__(self):
        self._require_init("Thread.__init__() was not called")
        status = "initial"
        if self._started._flag:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Start run() in a new thread: it runs at once, until it blocks or ends."""
        problem = ("thread.__init__() not called" if not self._initialized
                   else "threads can only be started once" if self._started._flag else None)
        if problem:
            raise RuntimeError(problem)
        _limbo[self] = self
        try:
            _pt.start(self._bootstrap_inner, self._name)
        except Exception:
            _limbo.pop(self, None)
            raise

    def _bootstrap_inner(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self
        _limbo.pop(self, None)
        self._started.set()
        try:
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook()
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)
            self._finished.set()

    def _invoke_excepthook(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        hook = excepthook
        try:
            hook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))
        except BaseException as failure:
            # as CPython: the failing hook's own exception goes to sys.excepthook
            print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
            _sys.excepthook(type(failure), failure, failure.__traceback__)
        finally:
            del exc_type, exc_value, exc_tb

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # the thread forgets them once run, as CPython's does
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started._flag:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        self._finished.wait(timeout)

    @property
    def name(self):
        self._require_init()
        return self._name

    @name.setter
    def name(self, name):
        self._require_init()
        self._name = str(name)

    @property
    def ident(self):
        self._require_init()
        return self._ident

    @property
    def native_id(self):
        self._require_init()
        return self._native_id

    def is_alive(self):
        self._require_init()
        _pt.yield_now()  # a poll: see Event.is_set
        return self._started._flag and not self._is_stopped

    @property
    def daemon(self):
        self._require_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started._flag:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    """A thread threading did not start (pydive: never needed; kept for the type)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = None
_main_thread = _MainThread()
__import__("posix").register_at_fork(after_in_child=lambda: _after_fork())


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


def activeCount():
    _deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at the end of the program, before the threads are joined."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _after_fork():
    """In the child of os.fork() (made by the main thread): the other threads do not exist
    there (CPython's child keeps only the forking thread), so they count as stopped."""
    me = get_ident()
    for ident, t in list(_active.items()):
        if ident != me:
            _active.pop(ident, None)
            t._is_stopped = True
            t._finished._at_fork_reinit()
            t._finished._flag = True
    for t in list(_limbo):
        _limbo.pop(t, None)
        t._is_stopped = True


def _shutdown():
    """At the end of the main program: wait for every non-daemon thread (CPython does too)."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    _main_thread._is_stopped = True
    for call in reversed(_threading_atexits):
        call()
    while True:
        pending = [t for t in enumerate()
                   if t is not _main_thread and not t._daemonic and not t._is_stopped]
        if not pending:
            return
        for t in pending:
            t.join()


# ---------------------------------------------------------------------------------------------
# Hooks. settrace/setprofile apply to threads started later (none, here); the *_all_threads
# forms also set the current thread's hook.

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)
    _sys.settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)
    _sys.setprofile(func)


def getprofile():
    return _profile_hook


class ExceptHookArgs(tuple):
    """excepthook's argument: (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        values = tuple(args)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(values))
        return super().__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % tuple(self))


ExceptHookArgs.__module__ = "_thread"
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = "_ExceptHookArgs"


def excepthook(args, /):
    """Report an exception that ended a thread's run() (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    out = _sys.stderr
    if out is None:
        out = getattr(args.thread, "_stderr", None)
        if out is None:
            return
    who = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % who, file=out, flush=True)
    import traceback
    value, tb = args.exc_value, args.exc_traceback
    if isinstance(value, BaseException):
        # as PyErr_Display: the exception's own traceback wins, tb fills in a missing one
        if value.__traceback__ is None and tb is not None:
            value.__traceback__ = tb
        tb = value.__traceback__
    traceback.print_exception(args.exc_type, value, tb, file=out)
    out.flush()


__excepthook__ = excepthook


# C types in CPython: error messages name them with their module ('_thread.lock')
try:
    import _pydive
    _pydive.set_tp_name(lock, '_thread.lock')
    _pydive.set_tp_name(RLock_, '_thread.RLock')
    _pydive.set_tp_name(local, '_thread._local')
    _pydive.set_immutable(lock, RLock_, local)
    del _pydive
except ImportError:
    pass

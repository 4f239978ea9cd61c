"""Thread primitives (pydive's threading).

pydive runs exactly one thread, the main thread. Locks, conditions, semaphores, events and
barriers work for it with CPython 3.12's results, errors and reprs. Whenever CPython would
block waiting for another thread: with a timeout, the wait sleeps that long and reports that
nothing happened (as CPython would, since no other thread exists); without one it would wait
forever, so RuntimeError is raised instead. Thread.start() raises NotImplementedError.
"""

import sys as _sys
import time as _time
from itertools import count as _count

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "getprofile", "gettrace", "setprofile_all_threads",
           "settrace_all_threads"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_ONLY_THREAD_IDENT = 1  # pydive's one thread


def get_ident():
    return _ONLY_THREAD_IDENT


def get_native_id():
    import os
    return os.getpid()


def _forever(what):
    return RuntimeError("pydive: %s would wait forever (no other threads)" % what)


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _addr(obj):
    return "%#x" % id(obj)


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


class lock:
    """A plain lock: a second acquire() by its holder waits (for ever, without a timeout)."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        wait = _lock_wait_args(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if wait == -1:
            raise _forever("acquiring a held lock")
        if wait:
            _time.sleep(wait)
        return False

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return "<%s _thread.lock object at %s>" % (state, _addr(self))


class RLock_:
    """A re-entrant lock: its holder may acquire it again, and must release as often."""

    def __init__(self):
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        _lock_wait_args(blocking, timeout)
        self._depth += 1  # the only thread is always the owner
        return True

    def release(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1

    def _is_owned(self):
        return self._depth > 0

    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved, self._depth = self._depth, 0
        return saved, _ONLY_THREAD_IDENT

    def _acquire_restore(self, state):
        self._depth = state[0]

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._depth else "unlocked"
        owner = _ONLY_THREAD_IDENT if self._depth else 0
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            state, owner, self._depth, _addr(self))


lock.__module__ = RLock_.__module__ = "_thread"
RLock_.__name__ = RLock_.__qualname__ = "RLock"


def Lock():
    """A new plain lock (an object of _thread's lock type)."""
    return lock()


allocate_lock = Lock


def RLock(*args, **kwargs):
    """A new re-entrant lock."""
    return RLock_(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Conditions, semaphores, events, barriers

def _sleep_for(timeout):
    if timeout and timeout > 0:
        _time.sleep(timeout)


class Condition:
    """A lock plus a way to wait for a notification (which only another thread could send)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        probe = getattr(self._lock, "_is_owned", None)
        if probe is not None:
            return probe()
        # a plain lock: held (by us, the only thread) if it cannot be taken now
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait for a notification: none can come, so this times out (returns False)."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _forever("Condition.wait()")
        _sleep_for(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout passes; predicate()'s last value."""
        deadline = None
        outcome = predicate()
        while not outcome:
            if timeout is None:
                raise _forever("Condition.wait_for()")
            if deadline is None:
                deadline = _time.monotonic() + timeout
                left = timeout
            else:
                left = deadline - _time.monotonic()
            if left <= 0:
                break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

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
        self._value = value

    def __repr__(self):
        return _describe(self, "value=%d" % self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value:
            self._value -= 1
            return True
        if blocking:
            if timeout is None:
                raise _forever("Semaphore.acquire()")
            _sleep_for(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

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
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag threads can wait on until it is set."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return _describe(self, "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated("isSet() is deprecated, use is_set() instead")
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag:
            if timeout is None:
                raise _forever("Event.wait()")
            _sleep_for(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait until all have arrived; only a one-party barrier can
    ever fill here."""

    def __init__(self, parties, action=None, timeout=None):
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._broken = False

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, "waiters=%d/%d" % (self.n_waiting, self.parties))

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties > 1:
            # the others can never arrive: with a timeout the barrier breaks, as in CPython
            if timeout is None:
                timeout = self._timeout
            if timeout is None:
                raise _forever("Barrier.wait()")
            _sleep_for(timeout)
            self._broken = True
            raise BrokenBarrierError
        if self._action:
            try:
                self._action()
            except:  # noqa: E722 (any failure of the action breaks the barrier)
                self._broken = True
                raise
        return 0

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


class local:
    """Thread-local data: with one thread, an object with ordinary attributes."""


local.__module__ = "_thread"
local.__name__ = local.__qualname__ = "_local"


# ---------------------------------------------------------------------------------------------
# Threads

_thread_numbers = _count(1)


def _newname(name_template):
    return name_template % next(_thread_numbers)


class Thread:
    """A thread of control. pydive cannot run a second one: start() raises."""

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
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        problem = ("thread.__init__() not called" if not self._initialized
                   else "threads can only be started once" if self._started.is_set() else None)
        if problem:
            raise RuntimeError(problem)
        raise NotImplementedError("pydive: threading.Thread.start (pydive runs one thread)")

    def run(self):
        job, args, kwargs = self._target, self._args, self._kwargs
        # the thread forgets them once run, as CPython's does
        del self._target, self._args, self._kwargs
        if job is not None:
            job(*args, **kwargs)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

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
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        self._require_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
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


_main_thread = _MainThread()


def current_thread():
    return _main_thread


def currentThread():
    _deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return 1


def activeCount():
    _deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


def enumerate():
    return [_main_thread]


def stack_size(size=0):
    return 0


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

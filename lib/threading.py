"""Thread primitives (pydive's threading: pydive runs one thread, so locks, events,
conditions and thread-local data work for the main thread; starting a new thread raises
NotImplementedError naming the feature)."""

import sys as _sys
import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "gettrace", "getprofile"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    import os
    return os.getpid()


class _Lock:
    """A lock: acquire() on a held lock would block forever here, so it fails instead."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                if timeout > 0:
                    _time.sleep(timeout)
                return False
            raise RuntimeError("pydive: acquiring a held lock would wait forever "
                               "(no other threads)")
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s %s object at %s>" % (state, "_thread.lock", hex(id(self)))


def Lock():
    return _Lock()


allocate_lock = Lock


class _RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


def RLock(*args, **kwargs):
    return _RLock()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        if timeout is None:
            raise RuntimeError("pydive: Condition.wait() would wait forever (no other threads)")
        _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result or timeout is not None:
            return result
        raise RuntimeError("pydive: Condition.wait_for() would wait forever (no other threads)")

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            if not blocking or timeout is not None:
                return False
            raise RuntimeError("pydive: Semaphore.acquire() would wait forever "
                               "(no other threads)")
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise RuntimeError("pydive: Event.wait() would wait forever (no other threads)")
        _time.sleep(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties
        self.n_waiting = 0
        self.broken = False

    def wait(self, timeout=None):
        if self.parties == 1:
            return 0
        raise RuntimeError("pydive: Barrier.wait() would wait forever (no other threads)")


class local:
    """Thread-local data: with one thread, plain attributes."""


class Thread:
    """A thread of control. pydive cannot run one: start() raises."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        self._target = target
        self._name = name or "Thread-1"
        self._args = args
        self._kwargs = kwargs or {}
        self.daemon = bool(daemon)
        self._ident = None

    def start(self):
        raise NotImplementedError("pydive: threading.Thread.start (pydive runs one thread)")

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        raise RuntimeError("cannot join thread before it is started")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        return False

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        return "<%s(%s, initial)>" % (self.__class__.__name__, self._name)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = _MAIN_IDENT

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainThread(MainThread, started %d)>" % self._ident


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function

    def cancel(self):
        pass


_main_thread = _MainThread()


def current_thread():
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main_thread]


def stack_size(size=0):
    return 0


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


class ExceptHookArgs(tuple):
    pass


def excepthook(args, /):
    print("Exception in thread", file=_sys.stderr)


__excepthook__ = excepthook

"""multiprocessing.synchronize for pydive: locks, semaphores, conditions and events shared by
processes made with fork.

CPython builds them on POSIX named semaphores; pydive's semaphore is an OS pipe holding one
byte per unit of its value: acquire reads a byte (waiting in select() until one comes, so
other green threads run meanwhile), release writes one. The pipe is inherited by the
children, so every process sees the same value. Who owns a Lock or RLock is known by the
owning process only, as with CPython's semaphores.
"""

import os
import select
import sys
import threading
import time

__all__ = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier"]

_PIPE_CAPACITY = 65536


def _inheritance_only(obj):
    raise RuntimeError("%s objects should only be shared between processes through "
                       "inheritance" % type(obj).__name__)


class _SemLock:
    """A counter shared by processes: a pipe holding `value` bytes."""

    def __init__(self, value, maxvalue):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        if value > _PIPE_CAPACITY:
            raise ValueError("pydive: a multiprocessing semaphore holds at most %d"
                             % _PIPE_CAPACITY)
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        os.set_blocking(self._w, False)
        self.maxvalue = maxvalue
        if value:
            os.write(self._w, b"\x01" * value)
        # owner bookkeeping, meaningful in the owning process only
        self._owner = None
        self._count = 0

    def _take(self):
        try:
            return bool(os.read(self._r, 1))
        except BlockingIOError:
            return False

    def acquire(self, block=True, timeout=None):
        if self._take():
            return True
        if not block:
            return False
        deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if threading.active_count() > 1:
                left = 0.02 if left is None else min(left, 0.02)  # see connection._wait_fd
            select.select([self._r], [], [], left)
            if self._take():
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False

    def release(self):
        try:
            os.write(self._w, b"\x01")
        except BlockingIOError:
            raise ValueError("semaphore or lock released too many times") from None

    def value(self):
        """The current value (read by draining and refilling; exact while no other process
        acquires meanwhile)."""
        got = 0
        while True:
            try:
                chunk = os.read(self._r, 4096)
            except BlockingIOError:
                break
            if not chunk:
                break
            got += len(chunk)
        if got:
            os.write(self._w, b"\x01" * got)
        return got

    def close(self):
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass


def _me():
    return (os.getpid(), threading.get_ident())


class _Base:
    _kind = "Semaphore"

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        return self.release()

    def __getstate__(self):
        _inheritance_only(self)


class Semaphore(_Base):
    """A counter processes can wait on: acquire takes one unit (waiting while it is 0)."""

    def __init__(self, value=1, *, ctx=None):
        self._semlock = _SemLock(value, sys.maxsize)

    def acquire(self, block=True, timeout=None):
        return self._semlock.acquire(block, timeout)

    def release(self):
        self._semlock.release()

    def get_value(self):
        return self._semlock.value()

    def __repr__(self):
        return "<%s(value=%s)>" % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may not go above its initial value."""

    def __init__(self, value=1, *, ctx=None):
        self._semlock = _SemLock(value, value)

    def release(self):
        if self._semlock.value() >= self._semlock.maxvalue:
            raise ValueError("semaphore or lock released too many times")
        self._semlock.release()

    def __repr__(self):
        return "<%s(value=%s, maxvalue=%s)>" % (type(self).__name__, self.get_value(),
                                                self._semlock.maxvalue)


class Lock(_Base):
    """A non-recursive lock shared by processes."""

    def __init__(self, *, ctx=None):
        self._semlock = _SemLock(1, 1)

    def acquire(self, block=True, timeout=None):
        got = self._semlock.acquire(block, timeout)
        if got:
            self._semlock._owner = _me()
            self._semlock._count = 1
        return got

    def release(self):
        s = self._semlock
        if s._take():  # it was not held
            s.release()
            raise ValueError("semaphore or lock released too many times")
        s._owner = None
        s._count = 0
        s.release()

    def _is_mine(self):
        return self._semlock._owner == _me() and self._semlock._count > 0

    def __repr__(self):
        if self._is_mine():
            name = threading.current_thread().name
            from .process import current_process
            if current_process().name != "MainProcess":
                name = current_process().name
            if threading.current_thread().name != "MainThread":
                name += "|" + threading.current_thread().name
            owner = name
        elif self._semlock.value() == 1:
            owner = "None"
        else:
            owner = "SomeOtherThread" if self._semlock._owner is not None else \
                "SomeOtherProcess"
        return "<%s(owner=%s)>" % (type(self).__name__, owner)


class RLock(Lock):
    """A recursive lock shared by processes: its owner may acquire it again."""

    def acquire(self, block=True, timeout=None):
        s = self._semlock
        if s._owner == _me() and s._count > 0:
            s._count += 1
            return True
        got = s.acquire(block, timeout)
        if got:
            s._owner = _me()
            s._count = 1
        return got

    def release(self):
        s = self._semlock
        if s._owner != _me() or s._count == 0:
            raise AssertionError("attempt to release recursive lock not owned by thread")
        s._count -= 1
        if s._count == 0:
            s._owner = None
            s.release()

    def __repr__(self):
        if self._is_mine():
            from .process import current_process
            name = current_process().name
            if threading.current_thread().name != "MainThread":
                name += "|" + threading.current_thread().name
            return "<RLock(%s, %d)>" % (name, self._semlock._count)
        if self._semlock.value() == 1:
            return "<RLock(None, 0)>"
        return "<RLock(SomeOtherThread, nonzero)>"


class Condition:
    """A condition variable shared by processes (its lock an RLock by default)."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __getstate__(self):
        _inheritance_only(self)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count.get_value() - self._woken_count.get_value())
        except Exception:
            num_waiters = "unknown"
        return "<%s(%s, %s)>" % (type(self).__name__, self._lock, num_waiters)

    def _held(self):
        return self._lock._semlock._owner == _me() and self._lock._semlock._count > 0

    def wait(self, timeout=None):
        assert self._held(), "must acquire() condition before using wait()"
        self._sleeping_count.release()
        count = self._lock._semlock._count
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._held(), "lock is not owned"
        assert not self._wait_semaphore.acquire(False)
        # waiters that timed out since the last notify are no longer asleep
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        woken = 0
        while woken < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = timeout
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    """A flag shared by processes, which they can wait on until it is set."""

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def __getstate__(self):
        _inheritance_only(self)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        return "<%s at %#x %s>" % (type(self).__qualname__, id(self),
                                   "set" if self.is_set() else "unset")


class Barrier:
    """A barrier for `parties` processes (the count kept in shared memory)."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._state_arr = RawArray("i", 2)  # state (0 filling, 1 draining, -1 resetting,
        self._parties = parties             # -2 broken), count
        self._action = action
        self._timeout = timeout

    def __getstate__(self):
        _inheritance_only(self)

    @property
    def _state(self):
        return self._state_arr[0]

    @_state.setter
    def _state(self, v):
        self._state_arr[0] = v

    @property
    def _count(self):
        return self._state_arr[1]

    @_count.setter
    def _count(self, v):
        self._state_arr[1] = v

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise threading.BrokenBarrierError
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

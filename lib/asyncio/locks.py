"""Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier for tasks of one loop.

A task that must wait parks a future in the primitive's line of waiters (oldest first);
whoever makes progress possible completes the first suitable future. So the primitive is
handed out in the order it was asked for, as in CPython 3.12, whose messages and reprs
these are.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections

from . import exceptions
from . import mixins


def _describe(obj, state, waiters):
    # object.__repr__ with the state in brackets: <asyncio.locks.Lock object at 0x.. [unlocked]>
    base = object.__repr__(obj)[1:-1]
    if waiters:
        state += f', waiters:{len(waiters)}'
    return f'<{base} [{state}]>'


class _ContextManagerMixin:
    # `async with primitive:` acquires and releases; like threading's, it binds None.
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


async def _park(owner, line, turn=None):
    # Wait on a future (a fresh one by default) at the end of `line`; it leaves the line
    # however the wait ends.
    if turn is None:
        turn = owner._get_loop().create_future()
    line.append(turn)
    try:
        await turn
    finally:
        line.remove(turn)


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual-exclusion lock: one holder at a time, waiting tasks served in order."""

    def __init__(self):
        self._waiters = None  # made on first contention
        self._locked = False

    def __repr__(self):
        return _describe(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Take the lock, waiting for it if needed. Returns True."""
        line = self._waiters
        if not self._locked and (line is None or all(w.cancelled() for w in line)):
            self._locked = True
            return True
        if line is None:
            line = self._waiters = collections.deque()
        try:
            await _park(self, line)
        except exceptions.CancelledError:
            # Cancelled after release() chose us: hand the turn to the next waiter.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Give the lock up and let the first waiter have it."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the head of the line is considered; it takes the lock when it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: wait() returns once set() has been called."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        return _describe(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        """Raise the flag and wake every waiter."""
        if self._value:
            return
        self._value = True
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it already is)."""
        if self._value:
            return True
        # _park's steps written out: many tasks may wait here, one frame less each.
        turn = self._get_loop().create_future()
        self._waiters.append(turn)
        try:
            await turn
            return True
        finally:
            self._waiters.remove(turn)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A lock plus notification: wait() gives the lock up until notify(), then retakes it."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _describe(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        """Release the lock, wait for a notify, and reacquire the lock before returning True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _park(self, self._waiters)
            return True
        finally:
            # The lock is ours again before we leave, even when cancelled meanwhile;
            # a cancellation is reported once the lock is back.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its last value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to n waiters (the oldest first)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for waiter in self._waiters:
            if woken >= n:
                break
            if not waiter.done():
                waiter.set_result(False)
                woken += 1

    def notify_all(self):
        everyone = len(self._waiters)
        self.notify(everyone)


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter of free places: acquire() takes one (waiting at zero), release() returns one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _describe(self, state, self._waiters)

    def locked(self):
        # Live waiters count as taken places: a newcomer must not overtake them.
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        """Take a place, waiting for one if none is free. Returns True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        turn = self._get_loop().create_future()
        try:
            await _park(self, self._waiters, turn)
        except exceptions.CancelledError:
            if not turn.cancelled():
                # Chosen by release() (the place was taken for us), then cancelled:
                # give the place back to the next in line.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Return a place, waking the first waiter if any."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The place is taken on the waiter's behalf right away.
        for waiter in self._waiters or ():
            if not waiter.done():
                self._value -= 1
                waiter.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that cannot be released above its starting value."""

    def __init__(self, value=1):
        self._ceiling = value  # the value it started with
        Semaphore.__init__(self, value)

    def release(self):
        if not self._value < self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class _Phase:
    # A barrier's phase; CPython has an enum whose .value shows in the repr.
    def __init__(self, value):
        self.value = value


_FILLING = _Phase('filling')
_DRAINING = _Phase('draining')
_RESETTING = _Phase('resetting')
_BROKEN = _Phase('broken')


class Barrier(mixins._LoopBoundMixin):
    """`parties` tasks call wait(); none returns before all have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        state = self._state.value
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Arrive and wait for the others; returns this task's arrival index (0 first)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Newcomers wait while the previous round drains or a reset is under way.
        await self._cond.wait_for(lambda: self._state is not _DRAINING
                                  and self._state is not _RESETTING)
        if self._state is _BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    async def _release(self):
        # The last arrival opens the barrier for the round.
        self._state = _DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _FILLING)
        if self._state is _BROKEN or self._state is _RESETTING:
            raise exceptions.BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        # The last one out of a drained (or reset) round refills the barrier.
        if self._count:
            return
        if self._state is _RESETTING or self._state is _DRAINING:
            self._state = _FILLING
        self._cond.notify_all()

    async def reset(self):
        """Back to empty; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _FILLING else 0

    @property
    def broken(self):
        return self._state is _BROKEN

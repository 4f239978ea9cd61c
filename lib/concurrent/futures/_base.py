"""Futures, executors' common base, wait() and as_completed() (pydive's concurrent.futures).

A Future's life: PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED, which becomes
CANCELLED_AND_NOTIFIED when its executor picks it up and finds it cancelled. Threads blocked
on one future sleep on its condition. wait() and as_completed() hang one _Watch on every
future they follow; each future reports its completion to the watches it carries.
"""

import collections
import threading
import time
import types

# what wait() may be asked to wait for (the values are the names, as in CPython)
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_EVERY_ONE = '_AS_COMPLETED'  # as_completed()'s own mode: wake at each completion

# a future's states; the strings show in InvalidStateError messages
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_WAS_CANCELLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))
_OVER = _WAS_CANCELLED | {FINISHED}
# what wait()/as_completed() count as completed: a CANCELLED future still has to be
# noticed by its executor, which is when the watches hear of it
_REPORTED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))

# the word repr() shows for each state
_SHOWN_AS = {PENDING: 'pending', RUNNING: 'running', FINISHED: 'finished'}
_SHOWN_AS.update(dict.fromkeys(_WAS_CANCELLED, 'cancelled'))


class _LazyLogger:
    """Stands for logging.getLogger("concurrent.futures"); logging is imported on first use."""

    def __getattr__(self, attr):
        import logging
        return getattr(logging.getLogger('concurrent.futures'), attr)


LOGGER = _LazyLogger()


class Error(Exception):
    """Root of the exceptions about futures."""


class CancelledError(Error):
    """The Future was cancelled."""


# CPython names the builtin here too (the two were merged in 3.11)
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer take or run work."""


# ---------------------------------------------------------------------------------------------
# _Watch: one wait() or as_completed() call, as seen by the futures it follows

class _Watch:
    def __init__(self, mode, unfinished):
        self.mode = mode
        self.unfinished = unfinished  # only counted down in the ALL/FIRST_EXCEPTION modes
        self.arrived = []  # futures completed since the watch was hung, in completion order
        self.lock = threading.Lock()
        self.wakeup = threading.Event()

    def report(self, fut, raised=False):
        """Called by fut, under its condition, as it completes."""
        with self.lock:
            self.arrived.append(fut)
            if self.mode in (_EVERY_ONE, FIRST_COMPLETED):
                self.wakeup.set()
            elif raised and self.mode == FIRST_EXCEPTION:
                self.wakeup.set()
            else:
                self.unfinished -= 1
                if self.unfinished == 0:
                    self.wakeup.set()

    def take_arrived(self):
        """The futures reported so far (forgotten here), and re-arm the wakeup."""
        with self.lock:
            got, self.arrived = self.arrived, []
            self.wakeup.clear()
        return got


def _hang_watch(futures, mode):
    if mode in (_EVERY_ONE, FIRST_COMPLETED):
        watch = _Watch(mode, 0)
    elif mode in (FIRST_EXCEPTION, ALL_COMPLETED):
        watch = _Watch(mode, sum(1 for f in futures if f._state not in _REPORTED))
    else:
        raise ValueError('Invalid return condition: %r' % mode)
    for f in futures:
        f._waiters.append(watch)
    return watch


def _unhang(fut, watch):
    with fut._condition:
        fut._waiters.remove(watch)


def as_completed(fs, timeout=None):
    """Yield each future of fs once, as it completes (those already done first).

    TimeoutError if some are still unfinished timeout seconds after the call.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    following = set(fs)
    count = len(following)
    already = set(f for f in following if f._state in _REPORTED)
    outstanding = following - already
    watch = _hang_watch(following, _EVERY_ONE)
    # the already-completed ones come out in reverse set order, the later ones in the order
    # they completed; a future handed out is dropped from every collection here, so that
    # this generator does not keep it alive
    batch = list(already)
    del already
    try:
        while True:
            while batch:
                fut = batch.pop()
                following.remove(fut)
                outstanding.discard(fut)
                _unhang(fut, watch)
                yield fut
                del fut
            if not outstanding:
                return
            remaining = None
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError(f'{len(outstanding)} (of {count}) futures unfinished')
            watch.wakeup.wait(remaining)
            batch = watch.take_arrived()[::-1]
    finally:
        for fut in following:
            _unhang(fut, watch)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', ['done', 'not_done'])


def _failed(fut):
    return not fut.cancelled() and fut.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until return_when holds for the futures of fs (or timeout seconds pass).

    Returns the named pair (done, not_done) of sets.
    """
    everything = set(fs)
    done = set(f for f in everything if f._state in _REPORTED)
    satisfied = len(done) == len(everything)
    if done and return_when == FIRST_COMPLETED:
        satisfied = True
    elif done and return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
        satisfied = True
    if not satisfied:
        watch = _hang_watch(everything, return_when)
        watch.wakeup.wait(timeout)
        for f in everything:
            _unhang(f, watch)
        done.update(watch.arrived)
    return DoneAndNotDoneFutures(done, everything - done)


class Future:
    """The outcome of a call made elsewhere (another thread), once it is known."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []  # the _Watch objects of wait()/as_completed() calls
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self), _SHOWN_AS[self._state])
            if self._state == FINISHED:
                if self._exception:
                    text += ' raised ' + type(self._exception).__name__
                else:
                    text += ' returned ' + type(self._result).__name__
            return text + '>'

    __class_getitem__ = classmethod(types.GenericAlias)

    # -- asking about it

    def cancelled(self):
        with self._condition:
            return self._state in _WAS_CANCELLED

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _OVER

    def _settled(self, timeout):
        """Under the condition: wait until over (at most timeout s); raise if cancelled or not over."""
        if self._state not in _OVER:
            self._condition.wait(timeout)
        if self._state in _WAS_CANCELLED:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (or its exception, raised), waiting up to timeout seconds."""
        try:
            with self._condition:
                self._settled(timeout)
                if not self._exception:
                    return self._result
                raise self._exception
        finally:
            # the raised exception's traceback holds this frame: let go of the future
            self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None; waits as result() does."""
        with self._condition:
            self._settled(timeout)
            return self._exception

    def cancel(self):
        """Cancel it unless it has started; True when it ends up cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state == PENDING:
                self._state = CANCELLED
                self._condition.notify_all()
            else:
                return True  # cancelled before: the callbacks have run
        self._run_callbacks()
        return True

    # -- callbacks

    def _call_one(self, fn):
        # a failing callback is logged and must not stop the others
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            self._call_one(fn)

    def add_done_callback(self, fn):
        """fn(future) is called once it is over: right away if it already is."""
        with self._condition:
            pending = self._state not in _OVER
            if pending:
                self._done_callbacks.append(fn)
        if not pending:
            self._call_one(fn)

    # -- used by executors (and tests)

    def set_running_or_notify_cancel(self):
        """Executors call this before running the call: False if cancelled, else True."""
        with self._condition:
            state = self._state
            if state == PENDING:
                self._state = RUNNING
                return True
            if state == CANCELLED:
                # now the watches learn of the cancellation
                self._state = CANCELLED_AND_NOTIFIED
                for watch in self._waiters:
                    watch.report(self)
                return False
            LOGGER.critical('Future %s in unexpected state: %s', id(self), state)
            raise RuntimeError('Future in unexpected state')

    def _complete(self, outcome, raised):
        with self._condition:
            if self._state in _OVER:
                raise InvalidStateError(f'{self._state}: {self!r}')
            if raised:
                self._exception = outcome
            else:
                self._result = outcome
            self._state = FINISHED
            for watch in self._waiters:
                watch.report(self, raised)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._complete(result, False)

    def set_exception(self, exception):
        self._complete(exception, True)

def _outcome_then_cancel(fut, timeout=None):
    # for map(): wait for one result; if that fails (timeout included) the future is cancelled
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut  # no reference left in a traceback's frame


class Executor:
    """Base of the executors: submit() (theirs), map(), shutdown() and the with-statement."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Submit fn(*args) for every args of zip(*iterables) now; yield the results in order.

        TimeoutError once timeout seconds (from this call) pass; the calls still queued are
        cancelled when the iterator stops or is dropped.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        queued = collections.deque([self.submit(fn, *args) for args in zip(*iterables)])

        # a separate generator: the calls must be submitted before the first next()
        def results():
            try:
                while queued:
                    left = None if deadline is None else deadline - time.monotonic()
                    yield _outcome_then_cancel(queued.popleft(), left)
            finally:
                # the last submitted goes first, as in CPython
                while queued:
                    queued.pop().cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources (nothing to free here)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

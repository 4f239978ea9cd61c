"""multiprocessing.pool for pydive: Pool (worker processes made by fork) and ThreadPool.

Design: a Pool forks its members when it is made. Each submitted call becomes a task tuple
(job id, position, function, args, kwargs); tasks reach the members through one SimpleQueue
and (job id, position, (ok, value)) replies come back through another. In the parent, two
daemon threads do the moving: the "feeder" drains the pool's own outgoing queue into the
workers' queue, the "collector" reads replies and hands each to the result object that is
registered for its job id (which runs the callbacks). Members that retire (maxtasksperchild)
are replaced by whichever main-thread call next waits on a result or submits; pydive forks
only from the main thread, so a Pool tended from another thread raises NotImplementedError.
A failed task's exception is re-raised by get() with the worker's traceback text as its
__cause__ (RemoteTraceback).
"""

import collections
import itertools
import os
import queue
import threading
import time
import traceback

from . import TimeoutError
from .process import BaseProcess
from .queues import SimpleQueue

__all__ = ["Pool", "ThreadPool"]

# the pool's life: these strings are what repr() shows
INIT, RUN, CLOSE, TERMINATE = "INIT", "RUN", "CLOSE", "TERMINATE"

_job_ids = itertools.count()
_TICK = 0.05            # how often waiting threads look around


# -- what a chunked task runs in the worker -------------------------------------------------

def mapstar(args):
    fn, chunk = args
    return [fn(item) for item in chunk]


def starmapstar(args):
    fn, chunk = args
    return [fn(*item) for item in chunk]


def _cut(fn, items, size):
    """(fn, chunk) pairs over items, size at a time."""
    source = iter(items)
    chunk = tuple(itertools.islice(source, size))
    while chunk:
        yield fn, chunk
        chunk = tuple(itertools.islice(source, size))


# -- exceptions crossing the process boundary ------------------------------------------------

class RemoteTraceback(Exception):
    # str() is the worker's traceback text, shown when the cause chain is printed
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class ExceptionWithTraceback:
    """Pickles as its exception, which comes back with the formatted traceback attached."""

    def __init__(self, exc, tb):
        frames = traceback.format_exception(type(exc), exc, tb)
        self.exc, self.tb = exc, '\n"""\n' + "".join(frames) + '"""'

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


class MaybeEncodingError(Exception):
    """A result a worker could not pickle."""

    def __init__(self, exc, value):
        self.exc, self.value = repr(exc), repr(value)
        Exception.__init__(self, self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


# -- the worker loop --------------------------------------------------------------------------

def _take(channel):
    # the next task, or None when the channel says stop (sentinel) or is gone
    try:
        return channel.get()
    except (EOFError, OSError):
        return None


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """A pool member's loop: run tasks until the None sentinel (or maxtasks of them)."""
    limited = maxtasks is not None
    if limited and (type(maxtasks) is not int or maxtasks < 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    budget = maxtasks
    while not limited or budget > 0:
        task = _take(inqueue)
        if task is None:
            return
        job, pos, fn, args, kwargs = task
        task = None
        try:
            outcome = True, fn(*args, **kwargs)
        except Exception as err:
            outcome = False, (ExceptionWithTraceback(err, err.__traceback__)
                              if wrap_exception else err)
        fn = args = kwargs = None
        try:
            outqueue.put((job, pos, outcome))
        except Exception as err:
            outqueue.put((job, pos, (False, MaybeEncodingError(err, outcome[1]))))
        outcome = None
        if limited:
            budget -= 1


class _ForkMember(BaseProcess):
    _start_method = None


# -- the pool ---------------------------------------------------------------------------------

class Pool:
    """A pool of worker processes running submitted calls."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._phase = INIT
        self._members = []
        self._pending = {}          # job id -> result object still expecting replies
        size = processes if processes is not None else (os.cpu_count() or 1)
        if size < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int)
                                             or maxtasksperchild < 1):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._size = size
        self._member_args = (initializer, initargs, maxtasksperchild, self._wrap_exception)
        self._retire_after = maxtasksperchild
        self._ctx = context
        self._to_workers, self._from_workers = self._channels()
        self._outgoing = queue.SimpleQueue()
        self._refill()
        self._phase = RUN
        self._feeder = self._daemon(self._feed, "Pool task handler")
        self._collector = self._daemon(self._collect, "Pool result handler")

    @staticmethod
    def _daemon(body, name):
        thread = threading.Thread(target=body, daemon=True, name=name)
        thread.start()
        return thread

    # -- members --------------------------------------------------------------------------

    def _channels(self):
        return SimpleQueue(), SimpleQueue()

    def _enlist(self):
        method = None if self._ctx is None else self._ctx._name
        if method not in (None, "fork"):
            raise NotImplementedError("pydive: multiprocessing start method %r (only 'fork' "
                                      "is supported)" % method)
        member = _ForkMember(target=worker,
                             args=(self._to_workers, self._from_workers) + self._member_args)
        member.name = "ForkPoolWorker" + member.name[len("_ForkMember"):]
        member.daemon = True
        member.start()
        return member

    def _refill(self):
        """Drop the members that retired and enlist new ones up to the pool's size."""
        retired = [m for m in self._members if m.exitcode is not None]
        for member in retired:
            member.join()
            self._members.remove(member)
        if len(self._members) >= self._size:
            return
        if self._phase == TERMINATE or (self._phase == CLOSE and not self._pending):
            return
        if threading.current_thread() is not threading.main_thread():
            raise NotImplementedError("pydive: a multiprocessing Pool replacing its workers "
                                      "from a thread other than the main thread")
        while len(self._members) < self._size:
            self._members.append(self._enlist())

    def _tend(self):
        # only pools whose members retire need tending, and only the main thread can fork
        if (self._retire_after is None or self._phase == TERMINATE
                or threading.current_thread() is not threading.main_thread()):
            return
        self._refill()

    # -- the two handler threads ----------------------------------------------------------

    def _feed(self):
        for task in iter(self._outgoing.get, None):
            try:
                self._to_workers.put(task)
            except Exception as err:   # the task did not pickle: fail that part of the job
                target = self._pending.get(task[0])
                if target is not None:
                    target._set(task[1], (False, err))
        # nothing more will come: tell every member to leave
        for _ in range(self._size):
            if self._phase == TERMINATE:
                return
            try:
                self._to_workers.put(None)
            except OSError:
                return

    def _collect(self):
        inbox = self._from_workers
        while self._phase != TERMINATE and (self._phase != CLOSE or self._pending):
            try:
                if not inbox._reader.poll(_TICK):
                    continue
                job, pos, outcome = inbox.get()
            except (EOFError, OSError):
                return
            target = self._pending.get(job)
            if target is not None:
                target._set(pos, outcome)

    # -- submitting -----------------------------------------------------------------------

    def _submit(self, tasks):
        if self._phase != RUN:
            raise ValueError("Pool not running")
        self._tend()
        for task in tasks:
            self._outgoing.put(task)

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        if self._phase != RUN:
            raise ValueError("Pool not running")
        handle = ApplyResult(self, callback, error_callback)
        self._submit([(handle._job, 0, func, args, kwds)])
        return handle

    def _spread(self, func, iterable, runner, chunksize, callback, error_callback):
        if self._phase != RUN:
            raise ValueError("Pool not running")
        items = iterable if hasattr(iterable, "__len__") else list(iterable)
        count = len(items)
        if count == 0:
            chunksize = 0
        elif chunksize is None:
            # about four chunks per current member, rounded up
            chunksize = -(-count // (4 * len(self._members)))
        handle = MapResult(self, chunksize, count, callback, error_callback)
        if chunksize:
            self._submit([(handle._job, n, runner, (pair,), {})
                          for n, pair in enumerate(_cut(func, items, chunksize))])
        return handle

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers."""
        return self._spread(func, iterable, mapstar, chunksize, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers."""
        return self._spread(func, iterable, starmapstar, chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._spread(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._spread(func, iterable, starmapstar, chunksize, callback,
                            error_callback)

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func(x), in order."""
        return self._stream(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator of func(x), in the order they are done."""
        return self._stream(IMapUnorderedIterator, func, iterable, chunksize)

    def _stream(self, kind, func, iterable, chunksize):
        if self._phase != RUN:
            raise ValueError("Pool not running")
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        handle = kind(self)
        if chunksize == 1:
            calls = [(func, (item,)) for item in items]
        else:
            handle._chunked = True
            calls = [(mapstar, (pair,)) for pair in _cut(func, items, chunksize)]
        handle._set_length(len(calls))
        self._submit([(handle._job, n, fn, args, {}) for n, (fn, args) in enumerate(calls)])
        return handle

    # -- ending ---------------------------------------------------------------------------

    def close(self):
        """No more tasks: the workers end once the submitted ones are done."""
        if self._phase != RUN:
            return
        self._phase = CLOSE
        self._outgoing.put(None)

    def terminate(self):
        """Stop the workers now (SIGTERM); unfinished tasks are lost."""
        if self._phase == TERMINATE:
            return
        self._phase = TERMINATE
        self._outgoing.put(None)
        self._stop_members()
        self._feeder.join()
        self._collector.join()

    def _stop_members(self):
        members = list(self._members)
        for member in members:
            if member.exitcode is None:
                member.terminate()
        for member in members:
            member.join()

    def join(self):
        """Wait for the workers to end (after close() or terminate())."""
        if self._phase == RUN:
            raise ValueError("Pool is still running")
        if self._phase not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._feeder.join()
        # the collector ends once nothing is pending; meanwhile keep retiring members replaced
        while self._collector.is_alive():
            self._tend()
            self._collector.join(_TICK)
        for member in self._members:
            member.join()

    def __enter__(self):
        if self._phase != RUN:
            raise ValueError("Pool not running")
        return self

    def __exit__(self, *exc_info):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or "
                                  "pickled")

    def __repr__(self):
        cls = type(self)
        return "<%s.%s state=%s pool_size=%d>" % (cls.__module__, cls.__qualname__,
                                                 self._phase, len(self._members))


# -- result objects ---------------------------------------------------------------------------

class ApplyResult:
    """The future result of one apply_async() call."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = next(_job_ids)
        self._on_value, self._on_error = callback, error_callback
        self._settled = threading.Event()
        self._registry = pool._pending
        self._registry[self._job] = self

    def _finish(self):
        # callbacks first, then the waiters; the pool no longer routes replies here
        if self._success:
            if self._on_value:
                self._on_value(self._value)
        elif self._on_error:
            self._on_error(self._value)
        self._settled.set()
        self._registry.pop(self._job, None)
        self._pool = None

    def ready(self):
        return self._settled.is_set()

    def successful(self):
        if not self._settled.is_set():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        pool = self._pool
        if pool is None or pool._retire_after is None:
            self._settled.wait(timeout)
            return
        # members may retire while we wait: keep the pool staffed
        end = None if timeout is None else time.monotonic() + timeout
        while not self._settled.is_set():
            pool._tend()
            step = _TICK if end is None else min(_TICK, end - time.monotonic())
            if step <= 0:
                return
            self._settled.wait(step)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._settled.is_set():
            raise TimeoutError
        if not self._success:
            raise self._value
        return self._value

    def _set(self, pos, outcome):
        self._success, self._value = outcome
        self._finish()

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object at %#x>" % (cls.__module__, cls.__qualname__, id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The future result of one map_async()/starmap_async() call."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success, self._value = True, [None] * length
        self._chunksize = chunksize
        self._chunks_due = -(-length // chunksize) if chunksize > 0 else 0
        if not self._chunks_due:
            # nothing to run: settled at once, and no callback for it
            self._settled.set()
            self._registry.pop(self._job, None)

    def _set(self, pos, outcome):
        self._chunks_due -= 1
        ok, payload = outcome
        if self._success:
            if ok:
                start = pos * self._chunksize
                self._value[start:start + self._chunksize] = payload
            else:       # the first failure is what get() raises
                self._success, self._value = False, payload
        if self._chunks_due == 0:
            self._finish()


class IMapIterator:
    """The results of imap(), in order."""

    _chunked = False

    def __init__(self, pool):
        self._pool = pool
        self._job = next(_job_ids)
        self._ready = collections.deque()   # (ok, value) pairs next() can hand out
        self._early = {}                     # position -> outcome that arrived out of turn
        self._taken = 0                      # outcomes delivered into _ready so far
        self._total = None
        self._lock = threading.Condition(threading.Lock())
        self._registry = pool._pending
        self._registry[self._job] = self

    def _release_if_complete(self):
        if self._taken == self._total:
            self._registry.pop(self._job, None)
            self._pool = None
            return True
        return False

    def _set_length(self, length):
        with self._lock:
            self._total = length
            if self._release_if_complete():
                self._lock.notify()

    def __iter__(self):
        return self

    def _wait_step(self, end):
        pool = self._pool
        step = None
        if pool is not None:
            pool._tend()
            if pool._retire_after is not None:
                step = _TICK
        if end is not None:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError from None
            step = left if step is None else min(step, left)
        self._lock.wait(step)

    def next(self, timeout=None):
        end = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while not self._ready:
                if self._taken == self._total:
                    self._pool = None
                    raise StopIteration from None
                self._wait_step(end)
            ok, value = self._ready.popleft()
        if not ok:
            raise value
        return value

    __next__ = next

    def _deliver(self, outcome):
        ok, value = outcome
        if self._chunked and ok:
            self._ready.extend((True, item) for item in value)
        else:
            self._ready.append(outcome)
        self._taken += 1

    def _set(self, pos, outcome):
        with self._lock:
            if pos != self._taken:
                self._early[pos] = outcome
            else:
                self._deliver(outcome)
                while self._taken in self._early:
                    self._deliver(self._early.pop(self._taken))
                self._lock.notify()
            self._release_if_complete()


class IMapUnorderedIterator(IMapIterator):
    """The results of imap_unordered(), as they come."""

    def _set(self, pos, outcome):
        with self._lock:
            self._deliver(outcome)
            self._lock.notify()
            self._release_if_complete()


# -- ThreadPool -------------------------------------------------------------------------------

class _LocalChannel:
    """A ThreadPool channel: objects pass between threads as they are, nothing pickled.
    It is its own reader, so the collector can poll it like a pipe."""

    def __init__(self):
        self._items = queue.SimpleQueue()
        self._reader = self

    def put(self, obj):
        self._items.put(obj)

    def get(self):
        return self._items.get()

    def poll(self, timeout=0.0):
        end = time.monotonic() + (timeout or 0)
        while self._items.empty():
            left = end - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(0.005, left))
        return True


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (as in CPython)."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _channels(self):
        return _LocalChannel(), _LocalChannel()

    def _enlist(self):
        thread = threading.Thread(target=worker, daemon=True,
                                  args=(self._to_workers, self._from_workers)
                                  + self._member_args)
        thread.exitcode = None      # threads never retire here (no maxtasksperchild)
        thread.start()
        return thread

    def _refill(self):
        while len(self._members) < self._size:
            self._members.append(self._enlist())

    def _stop_members(self):
        # a thread cannot be killed: every member gets a stop sentinel instead
        for _ in self._members:
            self._to_workers.put(None)

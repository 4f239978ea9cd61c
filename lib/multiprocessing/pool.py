"""multiprocessing.pool for pydive: Pool (worker processes made by fork) and ThreadPool.

A Pool forks its workers when it is made. Tasks go to them through one SimpleQueue and their
results come back through another, as in CPython; in the parent two daemon threads move
them: the task handler writes the tasks, the result handler reads the results and completes
the AsyncResult objects (running their callbacks). Workers that end (maxtasksperchild) are
replaced by the thread that next waits for a result or submits a task; pydive forks only
from the main thread, so a Pool used from another thread cannot replace workers and raises
NotImplementedError then. An exception raised by a task is re-raised by get() with the
worker's traceback as its __cause__ (RemoteTraceback), as CPython does.
"""

import collections
import itertools
import os
import queue
import threading
import time
import traceback

from . import TimeoutError
from .connection import wait as _wait_ready
from .process import BaseProcess
from .queues import SimpleQueue

__all__ = ["Pool", "ThreadPool"]

INIT, RUN, CLOSE, TERMINATE = "INIT", "RUN", "CLOSE", "TERMINATE"

_job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """An exception and its traceback text, pickled by a worker: unpickled, it is the
    exception again, with the text as a RemoteTraceback cause."""

    def __init__(self, exc, tb):
        text = "".join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """A result a worker could not pickle."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (type(self).__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """A worker process's loop: run tasks until the None sentinel (or maxtasks)."""
    if maxtasks is not None and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))
        task = job = result = func = args = kwds = None
        completed += 1


class _PoolWorker(BaseProcess):
    _start_method = None


class Pool:
    """A pool of worker processes running submitted calls."""

    _wrap_exception = True
    _uses_processes = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        self._state = INIT
        self._pool = []
        self._cache = {}
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._ctx = context
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._repopulate()
        self._state = RUN
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True,
                                              name="Pool task handler")
        self._task_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True,
                                                name="Pool result handler")
        self._result_handler.start()

    # -- workers ---------------------------------------------------------------------------

    def _setup_queues(self):
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()

    def _new_worker(self):
        if self._ctx is not None and self._ctx._name not in (None, "fork"):
            raise NotImplementedError("pydive: multiprocessing start method %r (only 'fork' "
                                      "is supported)" % self._ctx._name)
        w = _PoolWorker(target=worker,
                        args=(self._inqueue, self._outqueue, self._initializer,
                              self._initargs, self._maxtasksperchild, self._wrap_exception))
        w.name = w.name.replace("_PoolWorker", "ForkPoolWorker")
        w.daemon = True
        w.start()
        return w

    def _repopulate(self):
        """Replace the workers that ended (maxtasksperchild); keep `processes` of them."""
        alive = []
        for w in self._pool:
            if w.exitcode is None:
                alive.append(w)
            else:
                w.join()
        if len(alive) == len(self._pool) and len(alive) == self._processes:
            return
        self._pool = alive
        if self._state == TERMINATE or (self._state == CLOSE and not self._cache):
            return
        if threading.current_thread() is not threading.main_thread():
            raise NotImplementedError("pydive: a multiprocessing Pool replacing its workers "
                                      "from a thread other than the main thread")
        while len(self._pool) < self._processes:
            self._pool.append(self._new_worker())

    def _maintain(self):
        if self._maxtasksperchild is not None and self._state != TERMINATE and \
                threading.current_thread() is threading.main_thread():
            self._repopulate()

    # -- the handler threads ---------------------------------------------------------------

    def _handle_tasks(self):
        while True:
            task = self._taskqueue.get()
            if task is None:
                break
            try:
                self._inqueue.put(task)
            except Exception as e:
                job, idx = task[0], task[1]
                result = self._cache.get(job)
                if result is not None:
                    result._set(idx, (False, e))
        # no more tasks: one sentinel per worker
        for _ in range(self._processes):
            if self._state == TERMINATE:
                break
            try:
                self._inqueue.put(None)
            except OSError:
                break

    def _handle_results(self):
        reader = self._outqueue._reader
        while self._state != TERMINATE:
            if self._state == CLOSE and not self._cache:
                break
            try:
                ready = reader.poll(0.05)
            except OSError:
                break
            if not ready:
                continue
            try:
                job, i, obj = self._outqueue.get()
            except (EOFError, OSError):
                break
            result = self._cache.get(job)
            if result is not None:
                result._set(i, obj)

    # -- submitting ------------------------------------------------------------------------

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put_tasks(self, tasks):
        self._maintain()
        for t in tasks:
            self._taskqueue.put(t)

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put_tasks([(result._job, 0, func, args, kwds)])
        return result

    def _get_chunksize(self, iterable, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        return chunksize

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        chunksize = self._get_chunksize(iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        if chunksize:
            chunks = list(_chunks(func, iterable, chunksize))
            self._put_tasks([(result._job, i, mapper, (x,), {}) for i, x in enumerate(chunks)])
        return result

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """[func(*args) for args in iterable], computed by the workers."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func(x), in order."""
        return self._imap(func, iterable, chunksize, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator of func(x), in the order they are done."""
        return self._imap(func, iterable, chunksize, IMapUnorderedIterator)

    def _imap(self, func, iterable, chunksize, cls):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        result = cls(self)
        if chunksize == 1:
            tasks = [(result._job, i, func, (x,), {}) for i, x in enumerate(items)]
        else:
            result._chunked = True
            tasks = [(result._job, i, mapstar, (x,), {})
                     for i, x in enumerate(_chunks(func, items, chunksize))]
        result._set_length(len(tasks))
        self._put_tasks(tasks)
        return result

    # -- ending ----------------------------------------------------------------------------

    def close(self):
        """No more tasks: the workers end once the submitted ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._taskqueue.put(None)

    def terminate(self):
        """Stop the workers now (SIGTERM); unfinished tasks are lost."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._taskqueue.put(None)
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()
        self._task_handler.join()
        self._result_handler.join()

    def join(self):
        """Wait for the workers to end (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._task_handler.join()
        while self._state == CLOSE and self._cache:
            for r in list(self._cache.values()):
                r.wait(0.05)
        self._result_handler.join()
        for w in self._pool:
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError("pool objects cannot be passed between processes or "
                                  "pickled")

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__,
                                                 type(self).__qualname__, self._state,
                                                 len(self._pool))


def _chunks(func, items, size):
    it = iter(items)
    while True:
        x = tuple(itertools.islice(it, size))
        if not x:
            return
        yield (func, x)


class ApplyResult:
    """The future result of one apply_async() call."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        pool = self._pool
        if pool is not None and pool._maxtasksperchild is not None:
            deadline = None if timeout is None else time.monotonic() + timeout
            while not self._event.is_set():
                pool._maintain()
                left = 0.05 if deadline is None else min(0.05, deadline - time.monotonic())
                if left <= 0:
                    break
                self._event.wait(left)
            return
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    def __repr__(self):
        return "<%s.%s object at %#x>" % (type(self).__module__, type(self).__qualname__,
                                           id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The future result of one map_async()/starmap_async() call."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    """The results of imap(), in order."""

    _chunked = False

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._cache.pop(self._job, None)
                self._pool = None

    def __iter__(self):
        return self

    def next(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                if self._items:
                    break
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                pool = self._pool
                if pool is not None:
                    pool._maintain()
                left = 0.05 if pool is not None and pool._maxtasksperchild is not None \
                    else None
                if deadline is not None:
                    rest = deadline - time.monotonic()
                    if rest <= 0:
                        raise TimeoutError from None
                    left = rest if left is None else min(left, rest)
                self._cond.wait(left)
            success, value = self._items.popleft()
        if success:
            return value
        raise value

    __next__ = next

    def _push(self, obj):
        if self._chunked:
            success, value = obj
            if success:
                for v in value:
                    self._items.append((True, v))
                return
        self._items.append(obj)

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._push(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._push(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The results of imap_unordered(), as they come."""

    def _set(self, i, obj):
        with self._cond:
            self._push(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._cache.pop(self._job, None)
                self._pool = None


class _ThreadQueue:
    """ThreadPool's task and result queues: plain queue.Queue, nothing pickled."""

    def __init__(self):
        self._q = queue.SimpleQueue()
        self._reader = self

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def poll(self, timeout=0.0):
        if not self._q.empty():
            return True
        end = time.monotonic() + (timeout or 0)
        while self._q.empty():
            if time.monotonic() >= end:
                return False
            time.sleep(min(0.005, max(0.0, end - time.monotonic())))
        return True


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (as in CPython)."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = _ThreadQueue()
        self._outqueue = _ThreadQueue()

    def _new_worker(self):
        t = threading.Thread(target=worker,
                             args=(self._inqueue, self._outqueue, self._initializer,
                                   self._initargs, self._maxtasksperchild,
                                   self._wrap_exception), daemon=True)
        t.exitcode = None
        t.start()
        return t

    def _repopulate(self):
        while len(self._pool) < self._processes:
            self._pool.append(self._new_worker())

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._taskqueue.put(None)
        for _ in self._pool:
            self._inqueue.put(None)
        self._task_handler.join()
        self._result_handler.join()

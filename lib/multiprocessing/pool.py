"""multiprocessing.pool for pydive: Pool and ThreadPool over threads (see multiprocessing's
doc). Tasks are pickled before they run, so what CPython cannot send to a worker fails the
same way here."""

import os
import pickle
import queue
import threading

from . import Process, TimeoutError, _by_thread

__all__ = ["Pool", "ThreadPool"]

RUN, CLOSE, TERMINATE = 0, 1, 2


class AsyncResult:
    """The future result of one apply_async()/map_async() call."""

    def __init__(self, pool, callback=None, error_callback=None):
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, success, value):
        self._success, self._value = success, value
        if success and self._callback is not None:
            self._callback(value)
        if not success and self._error_callback is not None:
            self._error_callback(value)
        self._event.set()


ApplyResult = AsyncResult


class MapResult(AsyncResult):
    pass


class _Worker(Process):
    pass


class Pool:
    """A pool of worker "processes" (here threads) running submitted calls."""

    _wrap_exception = True
    _worker_prefix = "ForkPoolWorker"
    _pickles = True  # tasks cross a process boundary (not in ThreadPool)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._tasks = queue.Queue()
        self._state = RUN
        self._pool = []
        for _ in range(processes):
            worker = _Worker(target=self._serve, args=(initializer, initargs))
            worker.name = worker.name.replace("_Worker", self._worker_prefix)
            worker.daemon = True
            self._pool.append(worker)
            worker._thread = threading.Thread(target=self._run_worker, args=(worker,),
                                              name=worker.name, daemon=True)
            worker._popen = True
            worker._thread.start()

    def _run_worker(self, worker):
        _by_thread[threading.get_ident()] = worker
        try:
            worker.run()
        finally:
            _by_thread.pop(threading.get_ident(), None)
            worker._exitcode = 0

    def _serve(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        while True:
            job = self._tasks.get()
            if job is None:
                return
            result, func, args, kwargs = job
            try:
                value = (True, func(*args, **kwargs))
            except Exception as e:
                value = (False, e)
            result._set(*value)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, func, args=(), kwargs={}, callback=None, error_callback=None):
        self._check_running()
        if self._pickles:
            pickle.dumps((func, args, kwargs))  # what a worker process could not receive
        result = AsyncResult(self, callback, error_callback)
        self._tasks.put((result, func, args, kwargs))
        return result

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return self._submit(func, tuple(args), dict(kwds), callback, error_callback)

    def _map_results(self, func, iterable, star):
        self._check_running()
        items = list(iterable)
        return [self._submit(func, tuple(item) if star else (item,)) for item in items]

    def map(self, func, iterable, chunksize=None):
        """[func(x) for x in iterable], computed by the workers."""
        return [r.get() for r in self._map_results(func, iterable, False)]

    def starmap(self, func, iterable, chunksize=None):
        return [r.get() for r in self._map_results(func, iterable, True)]

    def _async_list(self, parts, callback, error_callback):
        combined = MapResult(self, callback, error_callback)

        def collect():
            values = []
            for part in parts:
                part.wait()
                if not part._success:
                    combined._set(False, part._value)
                    return
                values.append(part._value)
            combined._set(True, values)

        threading.Thread(target=collect, daemon=True).start()
        return combined

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._async_list(self._map_results(func, iterable, False), callback,
                                error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._async_list(self._map_results(func, iterable, True), callback,
                                error_callback)

    def imap(self, func, iterable, chunksize=1):
        """An iterator of func(x) in order."""
        for result in self._map_results(func, iterable, False):
            yield result.get()

    def imap_unordered(self, func, iterable, chunksize=1):
        """An iterator of func(x) (in submission order here)."""
        return self.imap(func, iterable, chunksize)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._tasks.put(None)

    def terminate(self):
        if self._state == RUN:
            self.close()
        self._state = TERMINATE

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for worker in self._pool:
            worker._thread.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {RUN: "RUN", CLOSE: "CLOSE", TERMINATE: "TERMINATE"}[self._state]
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__qualname__,
                                                  state, len(self._pool))


class ThreadPool(Pool):
    """A Pool whose workers are threads (as in CPython), named Thread-N."""

    _worker_prefix = "Thread"
    _pickles = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

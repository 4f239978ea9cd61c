"""ThreadPoolExecutor: calls run by worker threads (pydive's green threads).

Jobs wait in one queue per pool. submit() hands a job to an idle worker when there is one,
else starts another worker (up to max_workers) named <prefix>_<n>. A worker runs jobs until
it meets the None that shutdown() or the end of the program queues; it puts the None back so
that the next worker stops as well.
"""

import itertools
import os
import queue
import threading
import types
import weakref

from . import _base

_threads_queues = {}   # every live worker -> its pool's queue, for the end of the program
_shutdown = False      # set once the program is ending: no new work anywhere
_exit_lock = threading.Lock()


def _python_exit():
    """At exit: tell every worker to stop, then wait for all of them."""
    global _shutdown
    with _exit_lock:
        _shutdown = True
    workers = list(_threads_queues.items())
    for _, jobs in workers:
        jobs.put(None)
    for worker, _ in workers:
        worker.join()


# Registered with threading so that it runs before the wait for non-daemon threads.
threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the Future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn, self.args, self.kwargs = future, fn, args, kwargs

    def run(self):
        fut = self.future
        if not fut.set_running_or_notify_cancel():
            return  # cancelled while it waited in the queue
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as failure:
            fut.set_exception(failure)
            del failure  # no reference cycle through the traceback
        else:
            fut.set_result(value)

    __class_getitem__ = classmethod(types.GenericAlias)


def _pool_stopping(pool):
    """True when a worker that met a None should stop (and mark its pool stopped)."""
    if _shutdown or pool is None or pool._shutdown:
        if pool is not None:
            pool._shutdown = True
        return True
    return False


def _worker(pool_ref, jobs, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._mark_broken()
            return
    try:
        while True:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                pool = pool_ref()
                if pool is not None:
                    pool._idle_workers.release()  # one more idle worker
                pool = None  # a waiting worker must not keep its pool alive
                job = jobs.get(block=True)
            if job is None:
                if _pool_stopping(pool_ref()):
                    jobs.put(None)
                    return
                continue
            job.run()
            job = None
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot be used any more."""


class ThreadPoolExecutor(_base.Executor):
    # Pools without a thread_name_prefix are numbered in creation order.
    _pool_numbers = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            # as many as CPython picks: CPUs + 4, capped at 32
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_workers = threading.Semaphore(value=0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._state_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix
                                    or "ThreadPoolExecutor-%d" % self._pool_numbers())
        self._init_fn = initializer
        self._init_args = initargs

    def _refusal(self):
        """Why submit() must refuse new work now, or None."""
        if self._broken:
            return BrokenThreadPool(self._broken)
        if self._shutdown:
            return RuntimeError('cannot schedule new futures after shutdown')
        if _shutdown:
            return RuntimeError('cannot schedule new futures after interpreter shutdown')
        return None

    def submit(self, fn, /, *args, **kwargs):
        with self._state_lock, _exit_lock:
            refusal = self._refusal()
            if refusal is not None:
                raise refusal
            fut = _base.Future()
            self._work_queue.put(_WorkItem(fut, fn, args, kwargs))
            self._maybe_add_worker()
            return fut

    def _maybe_add_worker(self):
        if self._idle_workers.acquire(timeout=0):
            return  # an idle worker will take the new job
        if len(self._threads) >= self._max_workers:
            return
        jobs = self._work_queue

        def pool_collected(_, jobs=jobs):
            jobs.put(None)  # the pool is gone: let its workers stop

        name = '%s_%d' % (self._thread_name_prefix or self, len(self._threads))
        worker = threading.Thread(
            name=name, target=_worker,
            args=(weakref.ref(self, pool_collected), jobs, self._init_fn, self._init_args))
        self._threads.add(worker)
        _threads_queues[worker] = jobs
        worker.start()

    def _take_queued(self):
        """Empty the queue, yielding the jobs not started yet."""
        while True:
            try:
                job = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                yield job

    def _mark_broken(self):
        with self._state_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for job in self._take_queued():
                job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._state_lock:
            self._shutdown = True
            if cancel_futures:
                for job in self._take_queued():
                    job.future.cancel()
            self._work_queue.put(None)  # the first worker to see it passes it on
        if wait:
            for worker in list(self._threads):
                worker.join()

"""concurrent.futures.process for pydive: ProcessPoolExecutor over worker processes made by
fork (multiprocessing's 'fork' start method, CPython 3.12's default on Linux).

The workers are forked at the first submit(). Calls travel to them pickled through a
multiprocessing SimpleQueue and results come back through another; a daemon thread of the
parent (the executor manager) keeps at most max_workers + 1 calls queued (so cancel() works
on the others), completes the futures, and notices a worker that died: then every pending
future fails with BrokenProcessPool and the executor refuses new work, as CPython's does.
An exception raised by a call is re-raised by result() with the worker's traceback as its
__cause__ (_RemoteTraceback). The 'spawn' and 'forkserver' start methods are not supported
(NotImplementedError at the first submit).
"""

import itertools
import os
import pickle
import queue
import threading
import traceback
import weakref
from functools import partial

from concurrent.futures import _base
import multiprocessing as mp
from multiprocessing.connection import wait as _wait
from multiprocessing.queues import SimpleQueue

EXTRA_QUEUED_CALLS = 1
_global_shutdown = False
_live = weakref.WeakSet()


def _python_exit():
    """At the end of the program (before the non-daemon threads are joined): let every
    executor finish its calls and stop its workers, as CPython's _python_exit does."""
    global _global_shutdown
    _global_shutdown = True
    for ex in list(_live):
        ex._shutdown_thread = True
        if ex._manager is not None:
            ex._manager.join()


threading._register_atexit(_python_exit)


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly while a future was running or pending."""


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        tb = "".join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """A worker process: run calls until the None sentinel."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            return
    done = 0
    while True:
        item = call_queue.get()
        if item is None:
            result_queue.put(os.getpid())
            return
        work_id, fn, args, kwargs = item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            reply = (work_id, _ExceptionWithTraceback(e, e.__traceback__), None)
        else:
            reply = (work_id, None, r)
        try:
            result_queue.put(reply)
        except BaseException as e:
            result_queue.put((work_id, _ExceptionWithTraceback(e, e.__traceback__), None))
        del item, fn, args, kwargs, reply
        done += 1
        if max_tasks is not None and done >= max_tasks:
            result_queue.put(os.getpid())
            return


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class ProcessPoolExecutor(_base.Executor):
    """An Executor running calls in a pool of worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if mp_context is None:
            mp_context = mp.get_context("spawn") if max_tasks_per_child is not None \
                else mp.get_context()
        self._mp_context = mp_context
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if self._mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with the 'fork' "
                                 "multiprocessing start method; supply a different "
                                 "mp_context.")
        self._max_tasks_per_child = max_tasks_per_child
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = queue.SimpleQueue()
        self._cancel_pending_futures = False
        self._manager = None
        self._call_queue = None
        self._result_queue = None
        self._in_flight = 0

    # -- workers -----------------------------------------------------------------------------

    def _start(self):
        method = self._mp_context.get_start_method(allow_none=False)
        if method != "fork":
            raise NotImplementedError("pydive: multiprocessing start method %r (only 'fork' "
                                      "is supported)" % method)
        self._call_queue = SimpleQueue()
        self._result_queue = SimpleQueue()
        for _ in range(self._max_workers):
            p = self._mp_context.Process(
                target=_process_worker,
                args=(self._call_queue, self._result_queue, self._initializer,
                      self._initargs, self._max_tasks_per_child))
            p.start()
            self._processes[p.pid] = p
        self._manager = threading.Thread(target=self._manage, daemon=True,
                                         name="ExecutorManagerThread")
        self._manager.start()
        _live.add(self)

    # -- the manager thread ------------------------------------------------------------------

    def _feed(self):
        """Move pending calls to the call queue, max_workers + 1 at a time."""
        while self._in_flight < self._max_workers + EXTRA_QUEUED_CALLS:
            try:
                work_id = self._work_ids.get_nowait()
            except queue.Empty:
                return
            item = self._pending_work_items.get(work_id)
            if item is None:
                continue
            if not item.future.set_running_or_notify_cancel():
                del self._pending_work_items[work_id]
                continue
            try:
                data = pickle.dumps((work_id, item.fn, item.args, item.kwargs))
            except BaseException as e:
                tb = traceback.format_exception(type(e), e, e.__traceback__)
                e.__cause__ = _RemoteTraceback('\n"""\n{}"""'.format("".join(tb)))
                del self._pending_work_items[work_id]
                item.future.set_exception(e)
                continue
            with self._call_queue._wlock:
                self._call_queue._writer.send_bytes(data)
            self._in_flight += 1

    def _manage(self):
        reader = self._result_queue._reader
        while True:
            self._feed()
            if self._shutdown_thread and self._cancel_pending_futures:
                self._cancel_pending()
            if self._shutdown_thread and not self._pending_work_items:
                break
            sentinels = [p.sentinel for p in self._processes.values()]
            ready = _wait([reader] + sentinels, timeout=0.05)
            if reader in ready:
                try:
                    reply = self._result_queue.get()
                except BaseException as e:
                    self._terminate_broken(traceback.format_exception(type(e), e,
                                                                      e.__traceback__))
                    return
                self._on_reply(reply)
            elif ready:
                self._terminate_broken(None)
                return
        self._stop_workers()

    def _on_reply(self, reply):
        if isinstance(reply, int):  # a worker ended (max_tasks_per_child)
            p = self._processes.pop(reply, None)
            if p is not None:
                p.join()
            return
        work_id, exc, result = reply
        self._in_flight -= 1
        item = self._pending_work_items.pop(work_id, None)
        if item is None:
            return
        if exc is not None:
            item.future.set_exception(exc)
        else:
            item.future.set_result(result)

    def _cancel_pending(self):
        for work_id, item in list(self._pending_work_items.items()):
            if not item.future.running() and item.future.cancel():
                del self._pending_work_items[work_id]

    def _terminate_broken(self, cause):
        self._broken = ("A child process terminated abruptly, the process pool is not "
                        "usable anymore")
        self._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was terminated abruptly "
                                "while the future was running or pending.")
        if cause is not None:
            bpe.__cause__ = _RemoteTraceback("\n'''\n%s'''" % "".join(cause))
        for item in self._pending_work_items.values():
            try:
                item.future.set_exception(bpe)
            except _base.InvalidStateError:
                pass
        self._pending_work_items.clear()
        for p in self._processes.values():
            p.terminate()
        for p in self._processes.values():
            p.join()

    def _stop_workers(self):
        for _ in range(len(self._processes)):
            self._call_queue.put(None)
        reader = self._result_queue._reader
        while self._processes:
            if reader.poll(0.05):
                self._on_reply(self._result_queue.get())
                continue
            for pid, p in list(self._processes.items()):
                if p.exitcode is not None:
                    p.join()
                    del self._processes[pid]

    # -- the Executor API --------------------------------------------------------------------

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _global_shutdown:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = _base.Future()
            self._pending_work_items[self._queue_count] = _WorkItem(f, fn, args, kwargs)
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            if self._manager is None:
                self._start()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """An iterator of fn(*args) over zip(*iterables), computed by the workers (in
        chunks of chunksize calls)."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(partial(_process_chunk, fn),
                              _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
        if self._manager is not None and wait:
            self._manager.join()
        if wait:
            self._manager = None
            self._call_queue = None
            self._result_queue = None
            self._processes = {}

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

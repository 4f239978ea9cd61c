"""concurrent.futures.process for pydive: ProcessPoolExecutor over worker processes made by
fork (multiprocessing's 'fork' start method, CPython 3.12's default on Linux).

Design: the workers are forked at the first submit(). Each call is pickled in the parent and
written to a shared inbox (a multiprocessing SimpleQueue); replies come back through an
outbox. One daemon "ExecutorManagerThread" per executor owns both ends: it keeps at most
max_workers + 1 calls in the inbox (so cancel() still works on the rest), settles the
futures from the replies, and watches the workers' sentinels. A worker that dies breaks the
pool: every unsettled future gets BrokenProcessPool and new submits are refused. A failed
call's exception comes back with the worker's formatted traceback, attached to it as a
_RemoteTraceback __cause__. 'spawn' and 'forkserver' raise NotImplementedError at the first
submit().
"""

import itertools
import os
import pickle
import queue
import threading
import traceback
import weakref

from concurrent.futures import _base
import multiprocessing as mp
from multiprocessing.connection import wait as _wait_any
from multiprocessing.queues import SimpleQueue

EXTRA_QUEUED_CALLS = 1

_exiting = False
_open_pools = weakref.WeakSet()


def _drain_pools_at_exit():
    # runs before the interpreter joins its non-daemon threads: each pool finishes the
    # calls it was given and lets its workers go
    global _exiting
    _exiting = True
    for pool in list(_open_pools):
        pool._closing = True
        if pool._supervisor is not None:
            pool._supervisor.join()


threading._register_atexit(_drain_pools_at_exit)


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly while a future was running or pending."""


class _RemoteTraceback(Exception):
    # its str() is the worker-side traceback text, so printing the chain shows it
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _quoted_traceback(exc, quote='"""'):
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "\n" + quote + "\n" + "".join(lines) + quote


def _with_remote_cause(exc, text):
    exc.__cause__ = _RemoteTraceback(text)
    return exc


# -- map() support: calls travel in batches, each batch is one submitted job ------------------

def _run_batch(fn, batch):
    return [fn(*arguments) for arguments in batch]


def _batches(iterables, size):
    source = zip(*iterables)
    while True:
        batch = tuple(itertools.islice(source, size))
        if not batch:
            break
        yield batch


def _unbatched(batch_results):
    for results in batch_results:
        yield from results


# -- the worker process ---------------------------------------------------------------------

def _worker_main(inbox, outbox, setup, setup_args, task_limit):
    """Body of a forked worker: run calls from inbox until a None arrives (or task_limit
    calls have run); each reply is (id, ok, value, traceback text); a bare pid says
    'this worker is leaving'."""
    if setup is not None:
        try:
            setup(*setup_args)
        except BaseException:
            _base.LOGGER.critical("Exception in initializer:", exc_info=True)
            return
    ran = 0
    for job in iter(inbox.get, None):
        job_id, fn, args, kwargs = job
        job = None
        try:
            reply = (job_id, True, fn(*args, **kwargs), None)
        except BaseException as err:
            reply = (job_id, False, *_failure(err))
        fn = args = kwargs = None
        try:
            outbox.put(reply)
        except BaseException as err:  # the result (or the exception) would not pickle
            outbox.put((job_id, False, *_failure(err)))
        reply = None
        ran += 1
        if task_limit is not None and ran >= task_limit:
            break
    outbox.put(os.getpid())


def _failure(err):
    # (exception, text): the frames stay behind, only their formatted text travels
    text = _quoted_traceback(err)
    err.__traceback__ = None
    return err, text


class _Job:
    __slots__ = ("future", "fn", "args", "kwargs")

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn, self.args, self.kwargs = future, fn, args, kwargs


class ProcessPoolExecutor(_base.Executor):
    """An Executor running calls in a pool of worker processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or os.cpu_count() or 1
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child < 1:
                raise ValueError("max_tasks_per_child must be >= 1")
        if mp_context is None:
            # a task limit needs fresh interpreters, so CPython then defaults to spawn
            mp_context = mp.get_context(None if max_tasks_per_child is None else "spawn")
        elif (max_tasks_per_child is not None
              and mp_context.get_start_method(allow_none=False) == "fork"):
            raise ValueError("max_tasks_per_child is incompatible with the 'fork' "
                             "multiprocessing start method; supply a different "
                             "mp_context.")
        self._mp_context = mp_context
        self._worker_setup = (initializer, initargs)
        self._task_limit = max_tasks_per_child

        self._guard = threading.Lock()      # submit() against shutdown()
        self._closing = False               # no new work; the supervisor winds down
        self._drop_queued = False           # shutdown(cancel_futures=True)
        self._broken = False                # False or the reason new submits fail
        self._jobs = {}                     # id -> _Job not settled yet
        self._waiting_ids = queue.SimpleQueue()
        self._next_id = itertools.count()
        self._workers = {}                  # pid -> process
        self._supervisor = None
        self._inbox = self._outbox = None
        self._queued = 0                    # calls written to the inbox, not answered

    # -- starting ----------------------------------------------------------------------------

    def _launch(self):
        method = self._mp_context.get_start_method(allow_none=False)
        if method != "fork":
            raise NotImplementedError("pydive: multiprocessing start method %r (only 'fork' "
                                      "is supported)" % method)
        self._inbox, self._outbox = SimpleQueue(), SimpleQueue()
        setup, setup_args = self._worker_setup
        for _ in range(self._max_workers):
            worker = self._mp_context.Process(
                target=_worker_main,
                args=(self._inbox, self._outbox, setup, setup_args, self._task_limit))
            worker.start()
            self._workers[worker.pid] = worker
        self._supervisor = threading.Thread(target=self._supervise, daemon=True,
                                            name="ExecutorManagerThread")
        self._supervisor.start()
        _open_pools.add(self)

    # -- the supervisor thread ---------------------------------------------------------------

    def _top_up(self):
        room = self._max_workers + EXTRA_QUEUED_CALLS
        while self._queued < room:
            try:
                job_id = self._waiting_ids.get_nowait()
            except queue.Empty:
                break
            job = self._jobs.get(job_id)
            if job is None:
                continue
            if not job.future.set_running_or_notify_cancel():
                self._jobs.pop(job_id)      # it was cancelled while waiting
                continue
            try:
                payload = pickle.dumps((job_id, job.fn, job.args, job.kwargs))
            except BaseException as err:
                self._jobs.pop(job_id)
                job.future.set_exception(_with_remote_cause(err, _quoted_traceback(err)))
                continue
            with self._inbox._wlock:
                self._inbox._writer.send_bytes(payload)
            self._queued += 1

    def _supervise(self):
        replies = self._outbox._reader
        while True:
            self._top_up()
            if self._closing:
                if self._drop_queued:
                    self._cancel_waiting()
                if not self._jobs:
                    break
            watched = [replies]
            watched.extend(w.sentinel for w in self._workers.values())
            ready = _wait_any(watched, timeout=0.05)
            if not ready:
                continue
            if replies not in ready:        # a worker's sentinel fired: it died
                self._break_pool(None)
                return
            try:
                reply = self._outbox.get()
            except BaseException as err:
                self._break_pool(_quoted_traceback(err, "'''"))
                return
            self._settle(reply)
        self._dismiss_workers()

    def _settle(self, reply):
        if isinstance(reply, int):          # that worker reached max_tasks_per_child
            leaver = self._workers.pop(reply, None)
            if leaver is not None:
                leaver.join()
            return
        self._queued -= 1
        job_id, ok, value, remote_tb = reply
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        if ok:
            job.future.set_result(value)
        else:
            job.future.set_exception(_with_remote_cause(value, remote_tb))

    def _cancel_waiting(self):
        for job_id, job in list(self._jobs.items()):
            if job.future.running():
                continue
            if job.future.cancel():
                self._jobs.pop(job_id)

    def _break_pool(self, cause_text):
        self._closing = True
        self._broken = ("A child process terminated abruptly, the process pool is not "
                        "usable anymore")
        failure = BrokenProcessPool("A process in the process pool was terminated abruptly "
                                    "while the future was running or pending.")
        if cause_text is not None:
            failure.__cause__ = _RemoteTraceback(cause_text)
        jobs, self._jobs = self._jobs, {}
        for job in jobs.values():
            if not job.future.done():
                job.future.set_exception(failure)
        workers = list(self._workers.values())
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join()

    def _dismiss_workers(self):
        for _ in self._workers:
            self._inbox.put(None)
        replies = self._outbox._reader
        while self._workers:
            if replies.poll(0.05):
                self._settle(self._outbox.get())
                continue
            gone = [pid for pid, w in self._workers.items() if w.exitcode is not None]
            for pid in gone:
                self._workers.pop(pid).join()

    # -- the Executor API --------------------------------------------------------------------

    def submit(self, fn, /, *args, **kwargs):
        with self._guard:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._closing:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _exiting:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            future = _base.Future()
            job_id = next(self._next_id)
            self._jobs[job_id] = _Job(future, fn, args, kwargs)
            self._waiting_ids.put(job_id)
            if self._supervisor is None:
                self._launch()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """An iterator of fn(*args) over zip(*iterables), computed by the workers (in
        chunks of chunksize calls)."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        batch_results = _base.Executor.map(self, _BatchRunner(fn),
                                           _batches(iterables, chunksize), timeout=timeout)
        return _unbatched(batch_results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._guard:
            self._drop_queued = cancel_futures
            self._closing = True
        if not wait:
            return
        if self._supervisor is not None:
            self._supervisor.join()
        self._supervisor = None
        self._inbox = self._outbox = None
        self._workers = {}

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


class _BatchRunner:
    # picklable stand-in for functools.partial(_run_batch, fn)
    __slots__ = ("fn",)

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, batch):
        return _run_batch(self.fn, batch)

    def __reduce__(self):
        return _BatchRunner, (self.fn,)

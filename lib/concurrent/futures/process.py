"""ProcessPoolExecutor for pydive: workers are threads, as in pydive's multiprocessing
(pydive cannot start interpreters for Python callables). Calls are pickled first, so what
CPython could not send to a worker process fails the same way (in the future's result)."""

import os
import pickle

from concurrent.futures.thread import ThreadPoolExecutor
from . import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A process pool that cannot be used any more."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        problem = None
        if max_workers <= 0:
            problem = ValueError("max_workers must be greater than 0")
        elif type(max_tasks_per_child) not in (int, type(None)):
            problem = TypeError("max_tasks_per_child must be an integer")
        elif max_tasks_per_child is not None and max_tasks_per_child < 1:
            problem = ValueError("max_tasks_per_child must be >= 1")
        if problem is not None:
            raise problem
        super().__init__(max_workers, "", initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        try:
            pickle.dumps((fn, args, kwargs))
        except Exception as e:
            failed = _base.Future()
            failed.set_exception(e)
            return failed
        return super().submit(fn, *args, **kwargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize >= 1:  # each call is its own task here
            return super().map(fn, *iterables, timeout=timeout)
        raise ValueError("chunksize must be >= 1.")

"""ProcessPoolExecutor: pydive runs one process; creating one raises NotImplementedError."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A process pool that cannot be used any more."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError(
            "pydive: concurrent.futures.ProcessPoolExecutor (pydive runs one process; "
            "use ThreadPoolExecutor)")

"""Run calls asynchronously in threads (pydive's concurrent.futures).

ThreadPoolExecutor runs its workers as pydive's green threads (see threading);
ProcessPoolExecutor runs them in worker processes made by fork (see its module).
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


def __dir__():
    return __all__ + ('__author__', '__doc__')


# the executors' modules load on first use, as in CPython (the class is then kept as a
# module attribute, and __getattr__ is not asked again)
_LAZY = {'ThreadPoolExecutor': 'thread', 'ProcessPoolExecutor': 'process'}


def __getattr__(name):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    executor = getattr(importlib.import_module(f'{__name__}.{_LAZY[name]}'), name)
    globals()[name] = executor
    return executor

"""The default loop and policy on Unix (CPython 3.12: Lib/asyncio/unix_events.py)."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop (the name shows in reprs, as CPython's)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    # Kept so code that sets up watchers runs; pydive has no subprocesses to watch.
    def get_child_watcher(self):
        if self._watcher is None:
            from .unsupported import ThreadedChildWatcher
            self._watcher = ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

"""On Unix the default loop is the selector loop, and the default policy makes it."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The loop asyncio.new_event_loop() gives on Unix (its name shows in reprs)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The default policy on Unix: selector loops, and a child watcher on request."""

    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        events.BaseDefaultEventLoopPolicy.__init__(self)
        self._watcher = None

    # pydive runs no child processes; the watcher only lets set-up code run.
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

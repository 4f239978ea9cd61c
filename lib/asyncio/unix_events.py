"""On Unix the default loop is the selector loop, and the default policy makes it."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from .events import BaseDefaultEventLoopPolicy
from .selector_events import BaseSelectorEventLoop


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The loop asyncio.new_event_loop() gives on Unix (its name shows in reprs)."""


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The default policy on Unix: selector loops, and a child watcher on request."""

    _loop_factory = _UnixSelectorEventLoop  # what new_event_loop() makes

    def __init__(self):
        super().__init__()
        self._watcher = None

    # pydive runs no child processes; the watcher only lets set-up code run. One is
    # made on first request; a replaced one is closed.
    def get_child_watcher(self):
        if self._watcher is None:
            from . import unsupported
            self._watcher = unsupported.ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        previous = self._watcher
        if previous is not None:
            previous.close()
        self._watcher = watcher


# The public names are aliases, as in CPython (reprs show the underscored class names).
SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

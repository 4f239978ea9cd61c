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


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

"""`async with asyncio.timeout(delay):` — a deadline for the enclosed code.

At the deadline the task running the block is cancelled; when the block then exits with
that CancelledError (and no other cancellation is pending), it becomes TimeoutError.
The deadline can move while inside (reschedule). As CPython 3.12's timeouts module.
"""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

# The lifecycle, spelled as CPython's _State values (they show in reprs and messages).
_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """The context manager behind timeout() and timeout_at(); `when` is loop time or None."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        """Set a new deadline (None: none); only while the block runs."""
        if self._state is _CREATED:
            raise RuntimeError('Timeout has not been entered')
        if self._state is not _ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        self._disarm()
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def _disarm(self):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

    def expired(self):
        """Did the deadline pass while the block ran?"""
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        shown = ''
        if self._state is _ENTERED:
            shown = f' when={None if self._when is None else round(self._when, 3)}'
        return f'<Timeout [{self._state}]{shown}>'

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        # Cancellations requested before we started are not ours to convert.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _ENTERED or self._state is _EXPIRING
        self._disarm()
        if self._state is _ENTERED:
            self._state = _EXITED
            return None
        self._state = _EXPIRED
        if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
            # The cancellation was ours alone: report it as the timeout it is.
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None  # it has just run


def timeout(delay):
    """A Timeout `delay` seconds from now on the running loop's clock (None: never)."""
    if delay is None:
        return Timeout(None)
    return Timeout(events.get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout at loop time `when` (None: never)."""
    return Timeout(when)

"""asyncio.run() and the Runner behind it: one loop, made on demand, closed at the end.

Closing cancels the tasks still pending (waiting for them to finish), closes the async
generators still open and the default executor, in that order, as CPython 3.12 does.
While run() runs, the first Ctrl-C cancels the main task; a second one raises
KeyboardInterrupt right away.
"""

__all__ = ('Runner', 'run')

import contextvars

from . import _native
from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import tasks

try:
    import signal as _signal
except ImportError:
    _signal = None

# Lifecycle, spelled as CPython's _State values.
_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """`with Runner() as r: r.run(coro)` — owns its event loop from first use to close()."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Finish what is pending on the loop, then close it (a no-op unless it was made)."""
        if self._state is not _INITIALIZED:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor(constants.THREAD_JOIN_TIMEOUT))
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        """The runner's loop (made now if need be)."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run `coro` as a task on the runner's loop until it is done; return its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        own_handler = self._install_sigint_handler(task)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            # A cancellation that came from Ctrl-C (and only from it) reads as Ctrl-C.
            if self._interrupt_count > 0:
                uncancel = getattr(task, 'uncancel', None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            if own_handler is not None and _signal.getsignal(_signal.SIGINT) is own_handler:
                _signal.signal(_signal.SIGINT, _signal.default_int_handler)

    def _install_sigint_handler(self, task):
        # Only when Ctrl-C still has Python's default behaviour, and in the main thread.
        if (_signal is None or not _native.in_main_thread() or
                _signal.getsignal(_signal.SIGINT) is not _signal.default_int_handler):
            return None

        def on_sigint(signum, frame):
            self._on_sigint(signum, frame, task)
        try:
            _signal.signal(_signal.SIGINT, on_sigint)
        except ValueError:
            return None
        return on_sigint

    def _lazy_init(self):
        if self._state is _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state is _INITIALIZED:
            return
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                # Made current once only (CPython: child watchers attach to it once).
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _INITIALIZED

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        # Wake the loop in case it is blocked in the selector with a long timeout.
        self._loop.call_soon_threadsafe(lambda: None)


def run(main, *, debug=None, loop_factory=None):
    """Run coroutine `main` on a new event loop, close the loop, and return the result."""
    if events._get_running_loop() is not None:
        # Fail before anything is made: a short traceback.
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled() or task.exception() is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': task.exception(),
            'task': task,
        })

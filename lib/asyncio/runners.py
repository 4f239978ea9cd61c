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
        self._debug = debug            # None: leave the loop's own setting alone
        self._factory = loop_factory   # None: the policy's new_event_loop(), made current
        self._loop = None
        self._ctx = None               # the context every run() shares unless given one
        self._sigints = 0              # Ctrl-C presses during the current run()
        self._made_current = False     # we called set_event_loop: undo it in close()

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Finish what is pending on the loop, then close it (a no-op unless it was made)."""
        if self._state is not _INITIALIZED:
            return
        owned = self._loop
        finish = owned.run_until_complete
        try:
            _cancel_all_tasks(owned)
            finish(owned.shutdown_asyncgens())
            finish(owned.shutdown_default_executor(constants.THREAD_JOIN_TIMEOUT))
        finally:
            if self._made_current:
                events.set_event_loop(None)
            owned.close()
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
        running = events._get_running_loop()
        if running is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        main = self._loop.create_task(coro, context=context if context is not None else self._ctx)
        own_handler = self._install_sigint_handler(main)
        self._sigints = 0
        try:
            return self._loop.run_until_complete(main)
        except exceptions.CancelledError:
            if not self._sigints or not _undo_one_cancel(main):
                raise
            # The cancellation came from Ctrl-C (and only from it): it reads as Ctrl-C.
            raise KeyboardInterrupt()
        finally:
            if own_handler is not None and _signal.getsignal(_signal.SIGINT) is own_handler:
                _signal.signal(_signal.SIGINT, _signal.default_int_handler)

    def _install_sigint_handler(self, task):
        # Only when Ctrl-C still has Python's default behaviour, and in the main thread.
        if (_signal is None or not _native.in_main_thread() or
                _signal.getsignal(_signal.SIGINT) is not _signal.default_int_handler):
            return None

        def on_sigint(signum, frame):
            self._ctrl_c(task)
        try:
            _signal.signal(_signal.SIGINT, on_sigint)
        except ValueError:
            return None
        return on_sigint

    def _lazy_init(self):
        state = self._state
        if state is _CLOSED:
            raise RuntimeError('Runner is closed')
        if state is _INITIALIZED:
            return
        if self._factory is None:
            self._loop = events.new_event_loop()
            if not self._made_current:
                # Made current once only (CPython: child watchers attach to it once).
                events.set_event_loop(self._loop)
                self._made_current = True
        else:
            self._loop = self._factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._ctx = contextvars.copy_context()
        self._state = _INITIALIZED

    def _ctrl_c(self, main_task):
        # First Ctrl-C: cancel the main task; a second one (or one after it finished)
        # interrupts at once.
        self._sigints += 1
        if main_task.done() or self._sigints > 1:
            raise KeyboardInterrupt()
        main_task.cancel()
        # Wake the loop in case it is blocked in the selector with a long timeout.
        self._loop.call_soon_threadsafe(_nothing)


def _nothing():
    pass


def _undo_one_cancel(task):
    # True when, after taking back one cancellation, nothing else asked for one.
    uncancel = getattr(task, 'uncancel', None)
    return uncancel is not None and uncancel() == 0


def run(main, *, debug=None, loop_factory=None):
    """Run coroutine `main` on a new event loop, close the loop, and return the result."""
    running = events._get_running_loop()
    if running is not None:
        # Fail before anything is made: a short traceback.
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    # asyncio.run's epilogue: cancel what is left, let it finish, report real failures.
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        failure = task.exception()
        if failure is not None:
            report = {'message': 'unhandled exception during asyncio.run() shutdown',
                      'exception': failure, 'task': task}
            loop.call_exception_handler(report)

"""asyncio.run() and Runner (CPython 3.12: Lib/asyncio/runners.py)."""

__all__ = ('Runner', 'run')

import contextvars

from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import tasks

try:
    import signal as _signal
except ImportError:
    _signal = None

# The runner's states, as CPython's _State enum values.
_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """A context manager owning one event loop: run() coroutines in it, close() at exit."""

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
        """Cancel what is left, finish async generators, close the loop."""
        if self._state is not _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(
                loop.shutdown_default_executor(constants.THREAD_JOIN_TIMEOUT))
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        """Return embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))

        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Runner.run() cannot be called from a running event loop')

        self._lazy_init()

        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)

        sigint_handler = None
        if (_signal is not None and _native_main_thread() and
                _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler):
            def sigint_handler(signum, frame):
                self._on_sigint(signum, frame, task)
            try:
                _signal.signal(_signal.SIGINT, sigint_handler)
            except ValueError:
                sigint_handler = None

        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, 'uncancel', None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise  # CancelledError
        finally:
            if (sigint_handler is not None and
                    _signal.getsignal(_signal.SIGINT) is sigint_handler):
                _signal.signal(_signal.SIGINT, _signal.default_int_handler)

    def _lazy_init(self):
        if self._state is _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state is _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                # Call set_event_loop only once to avoid calling
                # attach_loop multiple times on child watchers
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _INITIALIZED

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            # wakeup loop if it is blocked by select() with long timeout
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()


def _native_main_thread():
    from . import _native
    return _native.in_main_thread()


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine `main` in a new event loop, close the loop, return the result."""
    if events._get_running_loop() is not None:
        # fail fast with short traceback
        raise RuntimeError(
            'asyncio.run() cannot be called from a running event loop')

    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return

    for task in to_cancel:
        task.cancel()

    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))

    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })

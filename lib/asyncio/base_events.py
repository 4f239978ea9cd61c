"""The event loop itself: a ready queue, a timer heap, and `_run_once`.

CPython 3.12: Lib/asyncio/base_events.py. One iteration of the loop (`_run_once`):
  1. drop cancelled timers at the top of the heap;
  2. compute how long the selector may block: 0 if callbacks are ready, else until
     the earliest timer (or forever if there is none);
  3. poll the selector; ready I/O callbacks join the ready queue;
  4. move every timer that is due to the ready queue (heap order);
  5. run exactly the callbacks that were in the ready queue at this point — callbacks
     they schedule wait for the next iteration.
"""

__all__ = ('BaseEventLoop',)

import collections
import heapq
import sys
import warnings

from . import _native
from . import constants
from . import coroutines
from . import events
from . import futures
from . import tasks
from .log import logger

# Clean the timer heap only when it is large and mostly cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The selector never blocks longer than one day (select's timeout limit, see CPython).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Those propagate out of run_forever() by themselves.
            return
    futures._get_loop(fut).stop()


def _trace(kind, **fields):
    if _native.tracing():
        _native.trace_event(kind, **fields)


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()   # Handles to run, FIFO
        self._scheduled = []                # TimerHandles, a heap ordered by _when
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = _native.clock_resolution
        self._exception_handler = None
        self.set_debug(coroutines._is_debug_mode())
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        # Weak: an async generator dropped unfinished reaches the finalizer hook.
        self._asyncgens = _native.WeakSet() if _native.WeakSet is not None else _native.OrderedSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # Virtual time: the loop's clock stands still while callbacks run and moves only
        # by jumps to the next timer, so output that depends on loop.time() is the same
        # however slow the machine is.
        self._virtual_time = _native.virtual_time_enabled()
        # It starts at 0.0, so a trace's timer deadlines read as seconds since the start.
        self._time_offset = 0.0
        self._iteration = 0  # counted only while tracing, for the trace's readers

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object: wrap it in a Task whose first step is call_soon'ed."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _process_events(self, event_list):
        raise NotImplementedError

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(
                f'asynchronous generator {agen!r} was scheduled after '
                f'loop.shutdown_asyncgens() call',
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True

        if not len(self._asyncgens):
            return

        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()

        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self, timeout=None):
        """Schedule the shutdown of the default executor (pydive has none)."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run `_run_once` until stop() is called."""
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)

        hooks = _asyncgen_hooks()
        old_agen_hooks = hooks[0]() if hooks else None
        try:
            self._thread_id = _native.thread_ident()
            if hooks:
                hooks[1](firstiter=self._asyncgen_firstiter_hook,
                         finalizer=self._asyncgen_finalizer_hook)

            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            self._set_coroutine_origin_tracking(False)
            if hooks:
                hooks[1](*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the Future (or coroutine, wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # We made the task: nobody else can see it pending when we give up on it.
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException; mark it retrieved so that
                # no "exception was never retrieved" is logged on top.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop at the end of the current iteration (after the callbacks already ready)."""
        self._stopping = True

    def close(self):
        """Close the loop: pending callbacks are dropped. The loop must not be running."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def __del__(self, _warn=warnings.warn):
        # _warn is bound now: at interpreter exit the warnings module may be gone.
        if not self.is_closed():
            _warn(f'unclosed event loop {self!r}', ResourceWarning, source=self)
            if not self.is_running():
                self.close()

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic(); in virtual-time mode, only the jumps made."""
        if self._virtual_time:
            return self._time_offset
        return _native.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) `delay` seconds from now (a TimerHandle in the heap)."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        if _native.tracing():
            _native.trace_event('timer_scheduled', when=when, delay=when - self.time(),
                                handle=repr(timer))
        return timer

    def _check_thread(self):
        # Debug mode: loop methods that are not thread-safe must run in the loop's thread.
        if self._thread_id is None:
            return
        if _native.thread_ident() != self._thread_id:
            raise RuntimeError(
                'Non-thread-safe operation invoked on an event loop other '
                'than the current one')

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        """Append callback(*args) to the ready queue (FIFO)."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        return handle

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon() (pydive is single-threaded: no wake-up needed)."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._write_to_self()
        return handle

    def _write_to_self(self):
        pass

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('loop.run_in_executor: pydive has no threads')

    def set_default_executor(self, executor):
        raise NotImplementedError('loop.set_default_executor: pydive has no threads')

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log `message`, then each other key of the context sorted (`key: repr`), then the traceback."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False

        if ('source_traceback' not in context and
                self._current_handle is not None and
                self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback

        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                value = 'Object created at (most recent call last):\n' + _format_stack(value)
            elif key == 'handle_traceback':
                value = 'Handle created at (most recent call last):\n' + _format_stack(value)
            else:
                value = repr(value)
            log_lines.append(f'{key}: {value}')

        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Hand an error report to the handler set by set_exception_handler(), or the default."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
        else:
            try:
                ctx = None
                thing = context.get('task')
                if thing is None:
                    thing = context.get('future')
                if thing is None:
                    thing = context.get('handle')
                if thing is not None and hasattr(thing, 'get_context'):
                    ctx = thing.get_context()
                if ctx is not None and hasattr(ctx, 'run'):
                    ctx.run(self._exception_handler, self, context)
                else:
                    self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler '
                              'while handling an unexpected error '
                              'in custom exception handler',
                              exc_info=True)

    def _add_callback(self, handle):
        """Add a Handle to _ready."""
        if not handle._cancelled:
            self._ready.append(handle)

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _poll(self, timeout):
        """Ask the selector for ready I/O, blocking up to `timeout` (None: forever).

        In virtual-time mode the loop does not sleep for timers: it polls without
        blocking and, if nothing happened, moves its clock to the deadline.
        """
        if not self._virtual_time or timeout is None or timeout <= 0:
            return self._selector.select(timeout)
        event_list = self._selector.select(0) if self._selector.has_fds() else []
        if not event_list:
            self._time_offset += timeout
            _trace('virtual_time_jump', by=timeout)
        return event_list

    def _run_once(self):
        """One full iteration of the event loop (see the module docstring)."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Drop cancelled timers from the top of the heap.
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)

        if _native.tracing():
            self._iteration += 1
            _native.trace_event('loop_iteration', ready=len(self._ready),
                                timers=len(self._scheduled), timeout=timeout,
                                iteration=self._iteration)
            if timeout is None and not self._selector.has_fds():
                # Nothing ready, no timer, no file descriptor watched: only a signal can
                # wake the loop now. A trace says so and (pydive trace) stops here.
                _native.trace_event('loop_idle', iteration=self._iteration)
                if _native.trace_stops_when_idle():
                    raise SystemExit(0)
        event_list = self._poll(timeout)
        self._process_events(event_list)
        event_list = None

        # Timers due now (within the clock's resolution) join the ready queue.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
            if _native.tracing():
                _native.trace_event('timer_fired', when=handle._when, handle=repr(handle))

        # Run only what is ready now; new callbacks wait for the next iteration.
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if _native.tracing():
                _native.trace_event('callback_run', handle=repr(handle))
            if self._debug:
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    handle._run()
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        logger.warning('Executing %s took %.3f seconds',
                                       _format_handle(handle), dt)
                finally:
                    self._current_handle = None
            else:
                handle._run()
        handle = None  # Needed to break cycles when an exception occurs.

    def _set_coroutine_origin_tracking(self, enabled):
        # Debug mode records where each coroutine was created (sys's origin tracking).
        if bool(enabled) == bool(self._coroutine_origin_tracking_enabled):
            return
        getter = getattr(sys, 'get_coroutine_origin_tracking_depth', None)
        setter = getattr(sys, 'set_coroutine_origin_tracking_depth', None)
        if getter is None or setter is None:
            return
        if enabled:
            self._coroutine_origin_tracking_saved_depth = getter()
            setter(constants.DEBUG_STACK_DEPTH)
        else:
            setter(self._coroutine_origin_tracking_saved_depth)
        self._coroutine_origin_tracking_enabled = enabled

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _asyncgen_hooks():
    getter = getattr(sys, 'get_asyncgen_hooks', None)
    setter = getattr(sys, 'set_asyncgen_hooks', None)
    if getter is None or setter is None:
        return None
    return (getter, setter)


def _format_handle(handle):
    # A task's step shows as the task itself.
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        return repr(cb.__self__)
    return str(handle)


def _format_stack(frames):
    try:
        import traceback
        return ''.join(traceback.format_list(frames)).rstrip()
    except ImportError:
        return '\n'.join(f'  File "{f[0]}", line {f[1]}, in {f[2]}' for f in frames)

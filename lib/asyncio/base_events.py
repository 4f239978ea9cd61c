"""The event loop proper: what is ready to run, what waits for a time, and one turn at a time.

The loop keeps two queues. `_ready` holds Handles in the order they were scheduled;
`_scheduled` is a heap of TimerHandles ordered by deadline. One turn (`_run_once`) does,
in CPython 3.12's order:
  1. throw away cancelled timers (from the top of the heap, or all at once when most
     of a large heap is cancelled);
  2. decide how long the selector may block: not at all when something is ready (or the
     loop is stopping), else until the earliest deadline, else indefinitely;
  3. ask the selector; handles of ready file descriptors join `_ready`;
  4. move every timer whose deadline has come (within the clock's resolution) to `_ready`;
  5. run the handles that were ready at that moment, and only those: whatever they
     schedule waits for the next turn.
`_ready` is a plain list that step 5 takes whole and replaces with a fresh one, which
gives exactly that rule without popping items one at a time.
"""

__all__ = ('BaseEventLoop',)

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

# Rebuild the timer heap when it holds more than this many timers, more than half of
# them cancelled (below that, cancelled timers are dropped as they reach the top).
_HEAP_CLEANUP_MIN = 100
_HEAP_CLEANUP_SHARE = 0.5

# The longest the selector is asked to block at once (one day, as CPython).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

_tracing = _native.tracing
_emit = _native.trace_event
_Handle = events.Handle


def _run_until_complete_cb(fut):
    # Done-callback of run_until_complete's future. SystemExit and KeyboardInterrupt
    # leave run_forever by themselves, so they need no stop().
    if not fut.cancelled():
        if isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = []          # Handles, in the order they were scheduled
        self._scheduled = []      # TimerHandles, a heap on their deadline
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._thread_id = None    # set while run_forever runs
        self._clock_resolution = _native.clock_resolution
        self._exception_handler = None
        self._current_handle = None
        self._task_factory = None
        self._default_executor = None
        self._internal_fds = 0
        self._debug = False
        self.set_debug(coroutines._is_debug_mode())
        self.slow_callback_duration = 0.1
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        # Async generators that started iterating on this loop; weak, so one dropped
        # unfinished reaches the finalizer hook.
        self._asyncgens = (_native.WeakSet() if _native.WeakSet is not None
                           else _native.OrderedSet())
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # Virtual time: the clock starts at 0.0, stands still while callbacks run and
        # only jumps to the next deadline, so timing-dependent output is reproducible.
        self._virtual_time = _native.virtual_time_enabled()
        self._time_offset = 0.0
        self._iteration = 0  # turns counted for the trace (only while tracing)

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks --------------------------------------------------------

    def create_future(self):
        """A new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap a coroutine in a Task (or the task factory's object) and schedule it."""
        self._check_closed()
        factory = self._task_factory
        if factory is not None:
            if context is None:
                task = factory(self, coro)
            else:
                task = factory(self, coro, context=context)
            tasks._set_task_name(task, name)
            return task
        task = tasks.Task(coro, loop=self, name=name, context=context)
        if self._debug and task._source_traceback:
            del task._source_traceback[-1]
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- state checks -------------------------------------------------------------

    def _process_events(self, event_list):
        raise NotImplementedError

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def _check_running(self):
        if self._thread_id is not None:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _check_thread(self):
        # Debug mode only: the loop's non-thread-safe methods belong to its own thread.
        if self._thread_id is not None and _native.thread_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    # -- async generators -----------------------------------------------------------

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close every async generator still open on this loop (asyncio.run does it last)."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        open_agens = list(self._asyncgens)
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[agen.aclose() for agen in open_agens],
                                      return_exceptions=True)
        for outcome, agen in zip(outcomes, open_agens):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        """pydive has no executor: only remember that shutdown was asked for."""
        self._executor_shutdown_called = True

    # -- running --------------------------------------------------------------------

    def run_forever(self):
        """Turn the loop (`_run_once`) until stop() is called."""
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)
        get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
        set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
        has_hooks = get_hooks is not None and set_hooks is not None
        saved_hooks = get_hooks() if has_hooks else None
        try:
            self._thread_id = _native.thread_ident()
            if has_hooks:
                set_hooks(firstiter=self._asyncgen_firstiter_hook,
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
            if has_hooks:
                set_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until `future` (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # Nobody else holds this task: giving up on it pending is no news.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if made_here and future.done() and not future.cancelled():
                # The coroutine raised a BaseException that is propagating now: it
                # counts as retrieved, no "exception was never retrieved" on top.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the current turn (the handles already ready still run)."""
        self._stopping = True

    def close(self):
        """Forget every pending callback and timer; the loop cannot run any more."""
        if self._thread_id is not None:
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
        # warnings.warn is bound at definition time: at interpreter exit the module
        # may already be gone.
        if not self._closed:
            _warn(f'unclosed event loop {self!r}', ResourceWarning, source=self)
            if self._thread_id is None:
                self.close()

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic(), or the sum of the jumps in virtual time."""
        if self._virtual_time:
            return self._time_offset
        return _native.monotonic()

    # -- scheduling -------------------------------------------------------------------

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) once `delay` seconds have passed on the loop's clock."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when the loop's clock reaches `when`."""
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
        if _tracing():
            _emit('timer_scheduled', when=when, delay=when - self.time(), handle=repr(timer))
        return timer

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next turn, after everything already scheduled."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
            handle = _Handle(callback, args, self, context)
            if handle._source_traceback:
                del handle._source_traceback[-1]
        else:
            handle = _Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _call_soon(self, callback, args, context):
        handle = _Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() (pydive runs one thread: no selector wake-up is needed)."""
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

    def _add_callback(self, handle):
        """A reader's/writer's Handle joins the ready queue (unless it was cancelled)."""
        if not handle._cancelled:
            self._ready.append(handle)

    def _timer_handle_cancelled(self, handle):
        # Counted, so that _run_once knows when rebuilding the heap pays off.
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- errors -------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the message, then `key: repr(value)` for the other keys (sorted), then
        the exception's traceback, through the 'asyncio' logger."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        handle = self._current_handle
        if ('source_traceback' not in context and handle is not None
                and handle._source_traceback):
            context['handle_traceback'] = handle._source_traceback
        lines = [message]
        for key in sorted(context):
            if key == 'message' or key == 'exception':
                continue
            value = context[key]
            if key == 'source_traceback':
                text = 'Object created at (most recent call last):\n' + _stack_text(value)
            elif key == 'handle_traceback':
                text = 'Handle created at (most recent call last):\n' + _stack_text(value)
            else:
                text = repr(value)
            lines.append(f'{key}: {text}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass an error report to the custom handler if one is set, else log it."""
        custom = self._exception_handler
        if custom is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            # The handler runs in the context of the object the report is about.
            subject = context.get('task') or context.get('future') or context.get('handle')
            ctx = None
            if subject is not None and hasattr(subject, 'get_context'):
                ctx = subject.get_context()
            if ctx is not None and hasattr(ctx, 'run'):
                ctx.run(custom, self, context)
            else:
                custom(self, context)
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
                             'in custom exception handler', exc_info=True)

    # -- one turn ---------------------------------------------------------------------

    def _poll(self, timeout):
        """Ask the selector for I/O events, blocking at most `timeout` (None: no limit).

        In virtual time the selector is only polled; when nothing happened the clock
        jumps by `timeout` (to the next deadline) instead of sleeping.
        """
        if not self._virtual_time or timeout is None or timeout <= 0:
            return self._selector.select(timeout)
        events_seen = self._selector.select(0) if self._selector.has_fds() else []
        if not events_seen:
            self._time_offset += timeout
            if _tracing():
                _emit('virtual_time_jump', by=timeout)
        return events_seen

    def _drop_cancelled_timers(self):
        heap = self._scheduled
        if (len(heap) > _HEAP_CLEANUP_MIN and
                self._timer_cancelled_count / len(heap) > _HEAP_CLEANUP_SHARE):
            live = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            heapq.heapify(live)
            self._scheduled = live
            self._timer_cancelled_count = 0
            return
        while heap and heap[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(heap)._scheduled = False

    def _run_once(self):
        """One turn of the loop (see the module docstring for its five parts)."""
        heap = self._scheduled
        if heap:
            self._drop_cancelled_timers()
            heap = self._scheduled
        if self._ready or self._stopping:
            timeout = 0
        elif heap:
            timeout = min(max(0, heap[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        else:
            timeout = None
        tracing = _tracing()
        if tracing:
            self._iteration += 1
            _emit('loop_iteration', ready=len(self._ready), timers=len(heap),
                  timeout=timeout, iteration=self._iteration)
            if timeout is None and not self._selector.has_fds():
                # Nothing ready, no timer, no fd: only a signal could wake the loop.
                # The trace says so, and `pydive trace` ends the run here.
                _emit('loop_idle', iteration=self._iteration)
                if _native.trace_stops_when_idle():
                    raise SystemExit(0)
        self._process_events(self._poll(timeout))

        if heap:
            deadline = self.time() + self._clock_resolution
            while heap and heap[0]._when < deadline:
                timer = heapq.heappop(heap)
                timer._scheduled = False
                self._ready.append(timer)
                if tracing:
                    _emit('timer_fired', when=timer._when, handle=repr(timer))

        batch = self._ready
        if not batch:
            return
        self._ready = []
        pending = iter(batch)
        try:
            if self._debug or tracing:
                for handle in pending:
                    if not handle._cancelled:
                        self._run_watched(handle, tracing)
            else:
                for handle in pending:
                    if not handle._cancelled:
                        handle._run()
        except BaseException:
            # SystemExit/KeyboardInterrupt out of a callback: what this turn did not
            # reach stays first in line for the next run.
            self._ready[:0] = pending
            raise
        finally:
            handle = batch = None  # no cycles through this frame's locals

    def _run_watched(self, handle, tracing):
        # The slow path of a turn: trace events and debug mode's slow-callback warning.
        if tracing:
            _emit('callback_run', handle=repr(handle))
        if not self._debug:
            handle._run()
            return
        try:
            self._current_handle = handle
            started = self.time()
            handle._run()
            took = self.time() - started
            if took >= self.slow_callback_duration:
                logger.warning('Executing %s took %.3f seconds', _describe_handle(handle), took)
        finally:
            self._current_handle = None

    # -- debug --------------------------------------------------------------------------

    def _set_coroutine_origin_tracking(self, enabled):
        # Debug mode records where coroutines are created (sys's origin tracking).
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


def _describe_handle(handle):
    # A task's step is reported as the task itself.
    owner = getattr(handle._callback, '__self__', None)
    if isinstance(owner, tasks.Task):
        return repr(owner)
    return str(handle)


def _stack_text(frames):
    try:
        import traceback
    except ImportError:
        return '\n'.join(f'  File "{f[0]}", line {f[1]}, in {f[2]}' for f in frames)
    return ''.join(traceback.format_list(frames)).rstrip()

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

# The longest the selector is asked to block at once: one day, as CPython.
MAXIMUM_SELECT_TIMEOUT = 86400

_tracing = _native.tracing
_emit = _native.trace_event
_Handle = events._new_handle  # events.Handle, made natively when it can be


def _run_until_complete_cb(fut):
    # Done-callback of run_until_complete's future. SystemExit and KeyboardInterrupt
    # leave run_forever by themselves, so they need no stop().
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        owner = futures._get_loop(fut)
        owner.stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = []          # Handles, in the order they were scheduled
        self._scheduled = []      # TimerHandles, a heap on their deadline
        self._timer_cancelled_count = 0  # cancelled but still in the heap
        self._closed = False
        self._stopping = False
        self._thread_id = None    # set while run_forever runs
        self._clock_resolution = _native.clock_resolution
        self._error_handler = None  # set_exception_handler's
        self._handle_running = None  # debug mode: the handle being run, for error reports
        self._task_factory = None
        self._default_executor = None
        self._internal_fds = 0
        self._debug = False
        self.set_debug(coroutines._is_debug_mode())  # PYTHONASYNCIODEBUG, -X dev
        self.slow_callback_duration = 0.1
        self._saved_origin_depth = None  # debug mode, while running: depth to restore
        # Async generators that started iterating on this loop; weak, so one dropped
        # unfinished reaches the finalizer hook.
        self._asyncgens = (_native.WeakSet() if _native.WeakSet is not None
                           else _native.OrderedSet())
        self._agens_closed = False  # shutdown_asyncgens() was called
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
        make = self._task_factory
        if make is None:
            made = _new_task(tasks.Task, coro, self, name, context)
            if self._debug:
                _trim_origin(made)
            return made
        # A factory is only given `context` when there is one (older factories lack it).
        made = make(self, coro) if context is None else make(self, coro, context=context)
        tasks._set_task_name(made, name)
        return made

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
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
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is None:
            return
        raise RuntimeError('Cannot run the event loop while another loop is running')

    def _check_thread(self):
        # Debug mode only: the loop's non-thread-safe methods belong to its own thread.
        if self._thread_id is not None and _native.thread_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop other '
                               'than the current one')

    def _check_callback(self, callback, method):
        # Debug mode only: a coroutine (function) passed as a callback would never run.
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if callable(callback):
            return
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _asyncgen_finalizer_hook(self, agen):
        # sys's finalizer hook: an unfinished async generator was dropped; its aclose()
        # runs as a task of this loop.
        self._asyncgens.discard(agen)
        if self._closed:
            return
        self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        # sys's firstiter hook: remember the generator so shutdown_asyncgens closes it.
        if self._agens_closed:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          f'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close every async generator still open on this loop (asyncio.run does it last)."""
        self._agens_closed = True
        still_open = list(self._asyncgens)
        if not still_open:
            return
        self._asyncgens.clear()
        # All closed at once; one that fails does not keep the others open.
        closings = [agen.aclose() for agen in still_open]
        outcomes = await tasks.gather(*closings, return_exceptions=True)
        for agen, outcome in zip(still_open, outcomes):
            if not isinstance(outcome, Exception):
                continue
            report = {'message': 'an error occurred during closing of '
                                 f'asynchronous generator {agen!r}',
                      'exception': outcome, 'asyncgen': agen}
            self.call_exception_handler(report)

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down (its threads joined in a thread of its own)."""
        from .unsupported import _shutdown_default_executor
        await _shutdown_default_executor(self, timeout)

    # -- running --------------------------------------------------------------------

    def run_forever(self):
        """Turn the loop (`_run_once`) until stop() is called."""
        self._check_closed()
        self._check_running()
        self._track_origins(self._debug)
        hooks_before = _swap_agen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
        try:
            self._thread_id = _native.thread_ident()
            events._set_running_loop(self)
            # At least one turn, even when stop() came first (the ready handles run).
            turn = self._run_once
            turn()
            while not self._stopping:
                turn()
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            self._track_origins(False)
            if hooks_before is not None:
                sys.set_asyncgen_hooks(*hooks_before)

    def run_until_complete(self, future):
        """Run until `future` (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_closed()
        self._check_running()
        ours = not futures.isfuture(future)
        awaited = tasks.ensure_future(future, loop=self)
        if ours:
            # Nobody else holds this task: giving up on it pending is no news.
            awaited._log_destroy_pending = False
        awaited.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if ours and awaited.done() and not awaited.cancelled():
                # The coroutine raised a BaseException that is propagating now: it
                # counts as retrieved, no "exception was never retrieved" on top.
                awaited.exception()
            raise
        finally:
            awaited.remove_done_callback(_run_until_complete_cb)
        if awaited.done():
            return awaited.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop after the current turn (the handles already ready still run)."""
        self._stopping = True

    def close(self):
        """Forget every pending callback and timer; the loop cannot run any more."""
        if self._thread_id is not None:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            logger.debug('Close %r', self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        from .unsupported import _close_default_executor
        _close_default_executor(self)

    def is_closed(self):
        return self._closed

    def __del__(self, _warn=warnings.warn):
        # warnings.warn is bound at definition time: at interpreter exit the module
        # may already be gone.
        if self._closed:
            return
        _warn(f'unclosed event loop {self!r}', ResourceWarning, source=self)
        if not self.is_running():
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
        _trim_origin(timer)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when the loop's clock reaches `when`."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = _TimerHandle(when, callback, args, self, context)
        _trim_origin(timer)
        _push_timer(self._scheduled, timer)
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
            _trim_origin(handle)
        else:
            handle = _Handle(callback, args, self, context)  # the common, fast case
        self._ready.append(handle)
        return handle

    def _call_soon(self, callback, args, context):
        handle = _Handle(callback, args, self, context)
        _trim_origin(handle)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() from any thread.

        pydive's threads are green threads: the loop's epoll wait first lets them run and
        does not block when one did (select.rs), so no self-pipe is written to.
        """
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        _trim_origin(handle)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        pass

    def run_in_executor(self, executor, func, *args):
        from .unsupported import _run_in_executor  # threads: see unsupported.py
        return _run_in_executor(self, executor, func, args)

    def set_default_executor(self, executor):
        from .unsupported import _set_default_executor
        _set_default_executor(self, executor)

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
        return self._error_handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._error_handler = handler

    def default_exception_handler(self, context):
        """Log the message, then `key: repr(value)` for the other keys (sorted), then
        the exception's traceback, through the 'asyncio' logger."""
        exc = context.get('exception')
        exc_info = False if exc is None else (type(exc), exc, exc.__traceback__)
        running = self._handle_running
        if (running is not None and running._source_traceback
                and 'source_traceback' not in context):
            context['handle_traceback'] = running._source_traceback
        report = [context.get('message') or 'Unhandled exception in event loop']
        report.extend(f'{key}: {_context_value(key, context[key])}'
                      for key in sorted(context) if key not in ('message', 'exception'))
        logger.error('\n'.join(report), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass an error report to the custom handler if one is set, else log it."""
        # Whatever goes wrong while reporting is itself reported, one level down;
        # only SystemExit and KeyboardInterrupt get through.
        custom = self._error_handler
        if custom is None:
            if _fails(self.default_exception_handler, context):
                logger.error('Exception in default exception handler', exc_info=True)
            return
        failure = _fails(self._run_custom_handler, custom, context)
        if failure is None:
            return
        fallback = {'message': 'Unhandled error in exception handler',
                    'exception': failure, 'context': context}
        if _fails(self.default_exception_handler, fallback):
            logger.error('Exception in default exception handler while handling an '
                         'unexpected error in custom exception handler', exc_info=True)

    def _run_custom_handler(self, custom, context):
        # The handler runs in the context of the object the report is about.
        subject = context.get('task') or context.get('future') or context.get('handle')
        get_context = getattr(subject, 'get_context', None)
        ctx = get_context() if get_context is not None else None
        if ctx is not None and hasattr(ctx, 'run'):
            ctx.run(custom, self, context)
        else:
            custom(self, context)

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
        if self._stopping or self._ready:
            timeout = 0  # poll only: there is work already
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
            if _pop_due is not None and not tracing:
                _pop_due(heap, deadline, self._ready)
            # `not >=` as CPython's test: a NaN deadline is due at once
            while heap and not heap[0]._when >= deadline:
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
            elif _run_handles is not None:
                # Native: on an exception `batch` keeps only what it did not reach.
                pending = batch
                _run_handles(batch)
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
            handle = batch = pending = None  # no cycles through this frame's locals

    def _run_watched(self, handle, tracing):
        # The slow path of a turn: trace events and debug mode's slow-callback warning.
        if tracing:
            _emit('callback_run', handle=repr(handle))
        if not self._debug:
            handle._run()
            return
        self._handle_running = handle
        try:
            started = self.time()
            handle._run()
            took = self.time() - started
            if took >= self.slow_callback_duration:
                logger.warning('Executing %s took %.3f seconds', _describe_handle(handle), took)
        finally:
            self._handle_running = None

    # -- debug --------------------------------------------------------------------------

    def _track_origins(self, on):
        # Debug mode records where coroutines are created (sys's origin tracking) while
        # the loop runs; the depth in force before is put back afterwards.
        tracking = self._saved_origin_depth is not None
        if bool(on) == tracking:
            return
        read = getattr(sys, 'get_coroutine_origin_tracking_depth', None)
        write = getattr(sys, 'set_coroutine_origin_tracking_depth', None)
        if read is None or write is None:
            return
        if on:
            self._saved_origin_depth = read()
            write(constants.DEBUG_STACK_DEPTH)
        else:
            write(self._saved_origin_depth)
            self._saved_origin_depth = None

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


def _trim_origin(handle):
    # In debug mode a handle remembers where it was made; the scheduling method's own
    # frame is noise in that record.
    origin = handle._source_traceback
    if origin:
        origin.pop()


def _swap_agen_hooks(firstiter, finalizer):
    # Install the loop's async generator hooks; return the previous ones (None when
    # this machine has no such hooks).
    get_hooks = getattr(sys, 'get_asyncgen_hooks', None)
    set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
    if get_hooks is None or set_hooks is None:
        return None
    before = get_hooks()
    set_hooks(firstiter=firstiter, finalizer=finalizer)
    return before


def _fails(func, *args):
    # Run func(*args); return the exception it raised (None if it returned). SystemExit
    # and KeyboardInterrupt are never caught.
    try:
        func(*args)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        return exc
    return None


def _context_value(key, value):
    # How default_exception_handler shows one entry of the context.
    if key == 'source_traceback':
        return 'Object created at (most recent call last):\n' + _stack_text(value)
    if key == 'handle_traceback':
        return 'Handle created at (most recent call last):\n' + _stack_text(value)
    return repr(value)


def _stack_text(frames):
    try:
        import traceback
    except ImportError:
        return '\n'.join(f'  File "{f[0]}", line {f[1]}, in {f[2]}' for f in frames)
    return ''.join(traceback.format_list(frames)).rstrip()


# The native handles (events.py) use BaseEventLoop's own call_soon and get_debug directly
# when a loop has not replaced them; the native turn runs the ready handles.
# call_at's TimerHandle is made natively when it can be, and the timer heap moves natively
# (the same moves as heapq's).
_run_handles = _pop_due = None
_TimerHandle = events._new_timer
_push_timer = heapq.heappush
if events._asyncio is not None:
    events._asyncio._setup(loop_call_soon=BaseEventLoop.call_soon,
                           loop_get_debug=BaseEventLoop.get_debug)
    _run_handles = events._asyncio.run_handles
    _pop_due = events._asyncio.pop_due
    _push_timer = events._asyncio.push_timer


# `_new_task(cls, coro, loop, name, context)` is `cls(coro, loop=loop, name=name,
# context=context)`; pydive's native one makes its native Task without the generic call.
try:
    from _asyncio import _new_task
except ImportError:
    def _new_task(cls, coro, loop, name, context):
        return cls(coro, loop=loop, name=name, context=context)

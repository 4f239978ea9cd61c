"""Tasks: coroutines advanced by the event loop, and the functions that combine awaitables.

A Task is a Future whose outcome is its coroutine's. The loop advances it one step at a
time: `Task.__step` sends None (or throws an exception) into the coroutine, which runs
until it hands back a Future to wait for (the task then subscribes `task_wakeup` to it)
or a bare None (`sleep(0)`: the next step goes to the back of the ready queue).

CPython 3.12 runs the C Task (`_asyncio.Task`); behaviour, messages and reprs follow it,
including its internal bookkeeping of the current task, which does not go through the
module-level `_enter_task`/`_leave_task` functions.
"""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    'create_eager_task_factory', 'eager_task_factory',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import sys

from . import _native
from . import coroutines
from . import events
from . import exceptions
from . import format_helpers
from . import futures
from . import timeouts

Future = futures._PyFuture
_PENDING = futures._PENDING
_CancelledError = exceptions.CancelledError
_tracing = _native.tracing
_emit = _native.trace_event
_is_coroutine = coroutines.iscoroutine

# Which task runs now, per loop. The C Task updates it directly on every step.
_current_tasks = {}

# Default names Task-1, Task-2, ... are numbered across all loops, as in CPython.
_serial = [0]


def _next_task_name():
    _serial[0] += 1
    return f'Task-{_serial[0]}'


def _where(coro):
    """For the trace: the function, line and instruction offset a coroutine stopped at."""
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        return None
    return f'{frame.f_code.co_name}() line {frame.f_lineno}, offset {frame.f_lasti}'


def _drop_own_frame(exc):
    """Tracebacks start at the coroutine, as with the C Task: drop our `__step` entry.

    (Under pydive the VM already leaves that frame out; this is for CPython's harness.)
    """
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code.co_name == '__step':
        exc.__traceback__ = tb.tb_next
    return exc


class Task(Future):
    """A coroutine scheduled on a loop, stepped until it finishes; itself a Future."""

    # Class-level defaults; an instance stores its own value only once it differs.
    _log_destroy_pending = True
    _num_cancels_requested = 0
    _must_cancel = False
    _fut_waiter = None
    _coro = None
    _context = None
    _name = None

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        # The Future part, as the C Task does it (not through an overridable __init__).
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._callbacks = None
        if loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))
        if not _is_coroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = _next_task_name() if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        if _tracing():
            _emit('task_created', task=self._name, coro=coroutines._format_coroutine(coro))
        if eager_start and loop.is_running():
            self._run_first_step_now()
        else:
            # The first step waits in the ready queue behind what is already there.
            loop.call_soon(self.__step, context=self._context)
            _scheduled_tasks.add(self)

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            report = {'task': self, 'message': 'Task was destroyed but it is pending!'}
            if self._source_traceback:
                report['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(report)
        Future.__del__(self)

    def __repr__(self):
        return format_helpers.task_repr(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Frames of the suspended coroutine (outermost first), or of its exception's traceback."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None)
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        if limit is not None and limit <= 0:
            return []
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack() as a traceback would, then the exception if there is one."""
        import linecache
        import traceback
        entries = []
        refreshed = set()
        for frame in self.get_stack(limit=limit):
            code = frame.f_code
            if code.co_filename not in refreshed:
                refreshed.add(code.co_filename)
                linecache.checkcache(code.co_filename)
            text = linecache.getline(code.co_filename, frame.f_lineno, frame.f_globals)
            entries.append((code.co_filename, frame.f_lineno, code.co_name, text))
        exc = self._exception
        if not entries:
            heading = f'No stack for {self!r}'
        elif exc is not None:
            heading = f'Traceback for {self!r} (most recent call last):'
        else:
            heading = f'Stack for {self!r} (most recent call last):'
        print(heading, file=file)
        traceback.print_list(entries, file=file)
        if exc is not None:
            print(''.join(traceback.format_exception_only(type(exc), exc)), file=file, end='')

    def cancel(self, msg=None):
        """Request cancellation: the waited-on future is cancelled, or the next step throws."""
        self._unretrieved = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if _tracing():
            _emit('task_cancel', task=self._name, msg=msg)
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter's cancellation wakes this task with CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _run_first_step_now(self):
        # Eager start: the first step runs inside create_task, with this task current
        # in place of the caller's, and counted among the eager tasks meanwhile.
        loop = self._loop
        caller = _current_tasks.pop(loop, None)
        _eager_tasks.add(self)
        try:
            self._context.run(self.__step)
        finally:
            _eager_tasks.discard(self)
            if caller is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = caller
            if self._state == _PENDING:
                _register_task(self)
            else:
                self._coro = None

    @_native.native_frame
    def __step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        if loop in _current_tasks:
            _enter_task(loop, self)  # raises: another task is running
        _current_tasks[loop] = self
        tracing = _tracing()
        try:
            if tracing:
                _emit('task_step', task=self._name,
                      resume='send(None)' if exc is None else f'throw({exc!r})')
            try:
                if exc is None:
                    # Runs the coroutine up to its next await that really has to wait.
                    yielded = self._coro.send(None)
                else:
                    yielded = self._coro.throw(exc)
            except StopIteration as stop:
                if self._must_cancel:
                    # Cancelled while it was finishing: the cancellation wins.
                    self._must_cancel = False
                    Future.cancel(self, msg=self._cancel_message)
                else:
                    Future.set_result(self, stop.value)
                if tracing:
                    _emit('task_done', task=self._name, state=self._state)
            except _CancelledError as cancelled:
                self._cancelled_exc = cancelled  # result() re-raises this very object
                Future.cancel(self)
                if tracing:
                    _emit('task_done', task=self._name, state=self._state)
            except (KeyboardInterrupt, SystemExit) as fatal:
                Future.set_exception(self, _drop_own_frame(fatal))
                raise
            except BaseException as error:
                Future.set_exception(self, _drop_own_frame(error))
                if tracing:
                    _emit('task_done', task=self._name, state=self._state,
                          exception=repr(error))
            else:
                if yielded is None:
                    # A bare yield (sleep(0)): step again behind everything already ready.
                    if tracing:
                        _emit('task_yield', task=self._name, at=_where(self._coro))
                    loop.call_soon(self.__step, context=self._context)
                else:
                    self.__wait_on(yielded, tracing)
        finally:
            if _current_tasks.get(loop) is not self:
                _leave_task(loop, self)  # raises: another task took our place
            del _current_tasks[loop]
            # A failed coroutine's frame keeps this frame as f_back: hold no task here.
            self = None

    def __wait_on(self, fut, tracing):
        """The coroutine yielded `fut`: subscribe to it, or explain why that is wrong."""
        blocking = getattr(fut, '_asyncio_future_blocking', None)
        if blocking is None:
            if type(fut).__name__ == 'generator':
                problem = RuntimeError(f'yield was used instead of yield from for '
                                       f'generator in task {self!r} with {fut!r}')
            else:
                problem = RuntimeError(f'Task got bad yield: {fut!r}')
        elif futures._get_loop(fut) is not self._loop:
            problem = RuntimeError(f'Task {self!r} got Future {fut!r} '
                                   f'attached to a different loop')
        elif not blocking:
            problem = RuntimeError(f'yield was used instead of yield from '
                                   f'in task {self!r} with {fut!r}')
        elif fut is self:
            problem = RuntimeError(f'Task cannot await on itself: {self!r}')
        else:
            fut._asyncio_future_blocking = False
            fut.add_done_callback(self.task_wakeup, context=self._context)
            self._fut_waiter = fut
            if tracing:
                _emit('task_suspend', task=self._name, waiting_on=repr(fut),
                      at=_where(self._coro))
            if self._must_cancel and fut.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        # A misuse is thrown into the coroutine at its next step.
        self._loop.call_soon(self.__step, problem, context=self._context)

    # The C Task's done-callback is named task_wakeup, and future reprs show it as
    # `cb=[Task.task_wakeup()]`; this one has the same name.
    @_native.native_frame
    def task_wakeup(self, future):
        """The awaited future is done: take the next step with its outcome."""
        try:
            future.result()
            failure = None
        except BaseException as exc:
            failure = exc  # stepped below, outside the except block (as C task_wakeup)
        self.__step(failure)
        self = failure = None


# CPython 3.12's asyncio.Task is the C type; its repr names the module _asyncio.
Task.__module__ = '_asyncio'
_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Wrap `coro` in a Task on the running loop and schedule its first step."""
    running = events.get_running_loop()
    # Older task factories take no `context`: pass it only when there is one (no `**{}`:
    # each task's empty dict stayed until the collector's next pass).
    if context is None:
        made = running.create_task(coro)
    else:
        made = running.create_task(coro, context=context)
    _set_task_name(made, name)
    return made


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_WHEN_TO_RETURN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _release_waiter(waiter, *args):
    # Timer and done-callback target: wake whoever awaits `waiter` (once).
    if waiter.done():
        return
    waiter.set_result(None)


def _check_not_single(fs, what):
    # wait() and as_completed() take a collection; a lone future or coroutine is a mistake.
    if futures.isfuture(fs) or _is_coroutine(fs):
        raise TypeError(f'expect {what} of futures, not {type(fs).__name__}')


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures/tasks until `return_when` holds or `timeout` passes: (done, pending)."""
    _check_not_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _WHEN_TO_RETURN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    awaited = set(fs)
    for f in awaited:
        if _is_coroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(awaited, timeout, return_when, events.get_running_loop())


async def wait_for(fut, timeout):
    """Await `fut`, but give up after `timeout` seconds: cancel it and raise TimeoutError."""
    if timeout is None or not timeout <= 0:
        async with timeouts.timeout(timeout):
            return await fut
    # No time at all: only an outcome that is already there counts.
    target = ensure_future(fut)
    if not target.done():
        await _cancel_and_wait(target)
        try:
            return target.result()
        except _CancelledError as exc:
            raise TimeoutError from exc
    return target.result()


async def _wait(fs, timeout, return_when, loop):
    # wait()'s engine: one waiter future, woken by the first done-callback that makes
    # `return_when` true, or by the timer.
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = [len(fs)]

    def _on_completion(f):
        left[0] -= 1
        if left[0] > 0 and return_when != FIRST_COMPLETED:
            if return_when != FIRST_EXCEPTION or f.cancelled() or f.exception() is None:
                return
        if timer is not None:
            timer.cancel()
        _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


async def _cancel_and_wait(fut):
    # Cancel `fut` and wait for it to finish, through a separate waiter: awaiting `fut`
    # itself would let a cancellation of the caller get lost in fut's.
    from functools import partial
    waiter = events.get_running_loop().create_future()
    release = partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


def as_completed(fs, *, timeout=None):
    """Awaitables giving the results of `fs` in the order they complete."""
    _check_not_single(fs, 'an iterable')
    from .queues import Queue
    arrivals = Queue()  # finished futures in the order they finished; None: timed out
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def _time_is_up():
        for f in todo:
            f.remove_done_callback(_arrived)
            arrivals.put_nowait(None)  # each pending _wait_for_one() times out
        todo.clear()

    def _arrived(f):
        if todo:
            todo.remove(f)
            arrivals.put_nowait(f)
            if timer is not None and not todo:
                timer.cancel()

    async def _wait_for_one():
        f = await arrivals.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_arrived)
    count = len(todo)
    if count and timeout is not None:
        timer = loop.call_later(timeout, _time_is_up)
    while count:
        count -= 1
        yield _wait_for_one()


def __sleep0():
    """Yield None once: the task steps again on the loop's next iteration."""
    yield


class _YieldOnce:
    """`await _YieldOnce()` does what the __sleep0 generator does (no types.coroutine)."""

    __slots__ = ()

    def __await__(self):
        yield


try:
    # As in CPython: a generator function marked CO_ITERABLE_COROUTINE, awaitable as is.
    from types import coroutine as _types_coroutine
    _yield_once = _types_coroutine(__sleep0)
except Exception:
    _yield_once = _YieldOnce


async def sleep(delay, result=None):
    """Finish after `delay` seconds with `result`; sleep(0) just lets the others run once."""
    if delay <= 0:
        await _yield_once()
        return result
    running = events.get_running_loop()
    waiter = running.create_future()
    timer = running.call_later(delay, futures._set_result_unless_cancelled, waiter, result)
    try:
        return await waiter
    finally:
        timer.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future as it is; a coroutine or other awaitable wrapped in a new Task."""
    if futures.isfuture(coro_or_future):
        if loop is None or loop is futures._get_loop(coro_or_future):
            return coro_or_future
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    wrapped = False
    if not _is_coroutine(coro_or_future):
        # inspect.isawaitable: a generator of a @types.coroutine function counts too
        if not (hasattr(coro_or_future, '__await__') or
                getattr(getattr(coro_or_future, 'gi_code', None), 'co_flags', 0) & 0x100):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')

        async def _wrap_awaitable(awaitable):
            return await awaitable

        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()  # never to run: no "was never awaited" warning
        raise


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels every child instead."""

    def __init__(self, children, *, loop):
        futures.Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False  # ends cancelled once the children are done

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked (no short-circuit): one refusing does not spare the rest.
        refused = [child.cancel(msg=msg) for child in self._children].count(False)
        if refused == len(self._children):
            return False
        self._cancel_requested = True
        return True


def gather(*coros_or_futures, return_exceptions=False):
    """One future for many awaitables: their results as a list, in argument order."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty
    children, settled, total, outer = [], 0, 0, None

    def _done_callback(fut):
        # Shares gather's variables (cells: cheaper than a record's attributes on pydive);
        # the name shows in future reprs, as CPython's.
        nonlocal settled
        settled += 1
        # (outer is None only until gather has made it.)
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # counts as retrieved: nobody else will look
            return
        if not return_exceptions:
            # The first failure (or cancellation) settles the whole gather.
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            error = fut.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if settled < total:
            return
        if outer._cancel_requested:
            # CPython takes the error from the last child in argument order.
            outer.set_exception(children[-1]._make_cancelled_error())
            return
        outcomes = []
        for child in children:
            if child.cancelled():
                note = child._cancel_message
                outcomes.append(_CancelledError('' if note is None else note))
                continue
            error = child.exception()
            outcomes.append(child.result() if error is None else error)
        outer.set_result(outcomes)

    futs_by_arg = {}    # an awaitable given twice runs once
    done_early = []
    loop = None
    for arg in coros_or_futures:
        child = futs_by_arg.get(arg)
        if child is None:
            child = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(child)
            if child is not arg:
                # A task made here: if it is dropped pending, that is gather's business.
                child._log_destroy_pending = False
            futs_by_arg[arg] = child
            if child.done():
                done_early.append(child)
            else:
                child.add_done_callback(_done_callback)
        children.append(child)
    total = len(futs_by_arg)
    outer = _GatheringFuture(children, loop=loop)
    for child in done_early:
        _done_callback(child)
    return outer


def shield(arg):
    """A future following `arg` whose cancellation does not reach `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: the shield's waiter is gone
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    from .unsupported import _run_coroutine_threadsafe  # threads: see unsupported.py
    return _run_coroutine_threadsafe(coro, loop)


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks run their first step inside create_task."""
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)


# Every scheduled task, held weakly: a pending task nobody references can be destroyed
# (and say so) as in CPython. Eager tasks are held strongly while their first step runs.
_scheduled_tasks = _native.WeakSet() if _native.WeakSet is not None else set()
_eager_tasks = set()


def current_task(loop=None):
    """The task running on `loop` (default: the running loop), or None."""
    return _current_tasks.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The tasks of `loop` (default: the running loop) that are not done yet."""
    owner = events.get_running_loop() if loop is None else loop
    everyone = [*_scheduled_tasks, *_native_scheduled(), *_eager_tasks]
    return {t for t in everyone if not t.done() and futures._get_loop(t) is owner}


# The native Tasks (and Futures) are registered in `_asyncio`'s own weak list instead
# (CPython's C Task adds itself to this module's WeakSet; a native list costs far less per
# task); `_native_register(task)` and `_native_unregister(task)` say False for others.
def _native_register(task):
    return False


_native_unregister = _native_register
_native_scheduled = tuple


def _register_task(task):
    if not _native_register(task):
        _scheduled_tasks.add(task)


def _unregister_task(task):
    if not _native_unregister(task):
        _scheduled_tasks.discard(task)


def _register_eager_task(task):
    _eager_tasks.add(task)


def _unregister_eager_task(task):
    _eager_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {running!r}.')
    del _current_tasks[loop]


def _swap_current_task(loop, task):
    previous = _current_tasks.get(loop)
    if task is not None:
        _current_tasks[loop] = task
    else:
        del _current_tasks[loop]
    return previous


# CPython offers both implementations (_py_* and _c_*); code and tests that ask for the
# Python one by name (tasks._py_current_task, ...) get these.
for _name in ('current_task', '_register_task', '_register_eager_task', '_unregister_task',
              '_unregister_eager_task', '_enter_task', '_leave_task', '_swap_current_task'):
    globals()['_py_' + _name.lstrip('_')] = globals()[_name]
del _name


# -- the native Task (crates/vm/src/modules/asyncio_native.rs) ---------------------------
#
# Selected with the native Future (see futures.py); the Python Task above stays `_PyTask`.
# The native Task keeps the same registries (_current_tasks, _scheduled_tasks,
# _eager_tasks), so current_task() and all_tasks() see every task.

_CTask = None
if futures._asyncio is not None:
    futures._asyncio._setup(
        task_repr=format_helpers.task_repr,
        iscoroutine=_is_coroutine,
        current_tasks=_current_tasks,
        scheduled_tasks=_scheduled_tasks,
        eager_tasks=_eager_tasks,
        get_stack=_PyTask.get_stack,
        print_stack=_PyTask.print_stack,
    )
    Task = _CTask = futures._asyncio.Task
    _native_scheduled = futures._asyncio._scheduled_tasks
    _native_register = futures._asyncio._register_task
    _native_unregister = futures._asyncio._unregister_task
    eager_task_factory = create_eager_task_factory(Task)

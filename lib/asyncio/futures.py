"""Future: one result or exception, delivered later, plus the callbacks waiting for it.

Behaviour follows CPython 3.12's C `_asyncio.Future` (the class asyncio really uses there):
its messages, its reprs, and the order in which done-callbacks reach the ready queue.

Layout, chosen for pydive's VM: the fields read on every task step (`_loop`, `_state`,
`_callbacks`) live in the instance dict, which the VM's attribute cache reads quickly;
the fields that stay at their default for most futures (result, exception, cancel
message, ...) are class attributes, so a pending future carries only three entries.
`_callbacks` is None until the first callback comes, as the C type reports it.
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import sys

from . import _native
from . import events
from . import exceptions
from . import format_helpers

# The three states; their spelling shows in reprs ('pending', ...) and in traces.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_new_context = contextvars.copy_context
from .coroutines import _CoroutineType  # (isfuture's common case; no line added below)

def isfuture(obj):
    """Does `obj` take part in the Future protocol (a class-level _asyncio_future_blocking)?"""
    return (type(obj) is not _CoroutineType and hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


class Future:
    """A slot for a result or an exception, filled once; done-callbacks run on the loop."""

    # Defaults shared by every instance until a future departs from them.
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _callbacks = None
    _state = _PENDING

    # Set to True by `await fut` just before the future is yielded to the Task driving the
    # coroutine; the Task sets it back to False once it has subscribed to the future.
    _asyncio_future_blocking = False

    # set_exception() until the exception is looked at; `_log_traceback` (only set to False).
    _unretrieved = False

    def __init__(self, *, loop=None):
        owner = self._loop = events.get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._callbacks = None
        if owner.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return format_helpers.future_repr(self)

    def __del__(self):
        if not self._unretrieved:
            return
        report = {
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        origin = self._source_traceback
        if origin:
            report['source_traceback'] = origin
        self._loop.call_exception_handler(report)

    __class_getitem__ = classmethod(_native.class_getitem)

    def _get_log_traceback(self):
        return self._unretrieved

    def _set_log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._unretrieved = False

    _log_traceback = property(_get_log_traceback, _set_log_traceback)
    del _get_log_traceback, _set_log_traceback

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError('Future object is not initialized.')
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise now: the one a Task caught (once), else a fresh one."""
        saved = self._cancelled_exc
        if saved is not None:
            self._cancelled_exc = None
            return saved
        msg = self._cancel_message
        return exceptions.CancelledError() if msg is None else exceptions.CancelledError(msg)

    def _finish(self, state):
        # Common tail of set_result/set_exception/cancel: each waiting callback becomes its
        # own Handle at the back of the ready queue, in subscription order.
        self._state = state
        waiting = self._callbacks
        if _native.tracing():
            _native.trace_event('future_done', future=repr(self),
                                callbacks=0 if waiting is None else len(waiting))
        if waiting:
            self._callbacks = None
            schedule = self._loop.call_soon
            for fn, ctx in waiting:
                schedule(fn, self, context=ctx)

    def cancel(self, msg=None):
        self._unretrieved = False
        if self._state != _PENDING:
            return False
        self._cancel_message = msg
        self._finish(_CANCELLED)
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    @_native.native_frame
    def result(self):
        state = self._state
        if state == _FINISHED:
            self._unretrieved = False
            exc = self._exception
            if exc is not None:
                raise exc.with_traceback(self._exception_tb)
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    @_native.native_frame
    def exception(self):
        state = self._state
        if state == _FINISHED:
            self._unretrieved = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = _new_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        elif self._callbacks is None:
            self._callbacks = [(fn, context)]
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        waiting = self._callbacks
        if not waiting:
            return 0
        kept = [entry for entry in waiting if entry[0] != fn]
        removed = len(waiting) - len(kept)
        if removed:
            self._callbacks = kept or None
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._finish(_FINISHED)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()  # a class is instantiated, as by `raise`
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception, self._exception_tb = exception, exception.__traceback__
        self._finish(_FINISHED)
        self._unretrieved = True

    @_native.native_frame
    def __await__(self):
        # Not done yet: flag the future and hand it up to the Task, which subscribes and
        # resumes us once it is done. Then (or straight away) produce the outcome.
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# CPython 3.12's asyncio.Future is the C type, whose repr names the module _asyncio.
Future.__module__ = '_asyncio'
_PyFuture = Future


def _get_loop(fut):
    """The loop of any future-like object: get_loop() when it has one, else `_loop`."""
    getter = getattr(fut, 'get_loop', None)
    if getter is not None:
        return getter()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Timer callback of sleep(): a cancelled future keeps its cancellation."""
    if not fut.cancelled():
        fut.set_result(result)


def _convert_future_exc(exc):
    return exc


def _copy_future_state(source, dest):
    """Give the pending `dest` the outcome of the done `source`."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_convert_future_exc(exc))


def _chain_future(source, destination):
    """Make `destination` follow `source`, and cancel `source` when `destination` is."""
    for what, fut in (('source', source), ('destination', destination)):
        if not isfuture(fut):
            raise TypeError(f'A future is required for {what} argument')
    src_loop = _get_loop(source)
    dst_loop = _get_loop(destination)

    def on_destination_done(dst):
        if not dst.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            source.cancel()
        else:
            src_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if destination.cancelled() and dst_loop is not None and dst_loop.is_closed():
            return
        if dst_loop is None or dst_loop is src_loop:
            _copy_future_state(src, destination)
        elif not dst_loop.is_closed():
            dst_loop.call_soon_threadsafe(_copy_future_state, src, destination)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio future is returned as is; a concurrent.futures.Future gets one following it."""
    if isfuture(future):
        return future
    from .unsupported import _wrap_concurrent
    return _wrap_concurrent(future, loop)


# -- the native Future (crates/vm/src/modules/asyncio_native.rs) --------------------------
#
# As CPython selects its C `_asyncio.Future`, pydive selects its Rust one. The Python class
# above stays as `_PyFuture`: it is used when the native one is missing (CPython's harness
# runs this file too), when `pydive trace` is on (only the Python classes emit the loop
# events the trace shows), and when PYDIVE_ASYNCIO_PY=1 asks for it.

def _load_native():
    if _native._pydive is None or _native.tracing():
        return None
    if _native._environ.get('PYDIVE_ASYNCIO_PY') == '1':
        return None
    try:
        import _asyncio
    except ImportError:
        return None
    _asyncio._setup(
        InvalidStateError=exceptions.InvalidStateError,
        CancelledError=exceptions.CancelledError,
        get_event_loop=events.get_event_loop,
        future_repr=format_helpers.future_repr,
        # Called by the native __init__ (which has no frame): frame 1 is its caller's.
        source_traceback=lambda: format_helpers.extract_stack(sys._getframe(1)),
        copy_context=contextvars.copy_context,
    )
    return _asyncio


_asyncio = _load_native()
_CFuture = None
if _asyncio is not None:
    Future = _CFuture = _asyncio.Future

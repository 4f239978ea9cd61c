"""Future: a result that arrives later (CPython 3.12: Lib/asyncio/futures.py)."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import sys

from . import _native
from . import events
from . import exceptions
from . import format_helpers

# A future's states, spelled as CPython spells them (they show in reprs and errors).
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that play the Future protocol (asyncio's or duck-typed ones)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


class Future:
    """A result (or exception) that is set once, with callbacks run by the loop."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None

    # True while a Task should wait on this future: `await fut` sets it before yielding
    # the future up to the Task, which clears it when it subscribes.
    _asyncio_future_blocking = False

    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []
        if self._loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))

    def __repr__(self):
        return format_helpers.future_repr(self)

    def __del__(self):
        if not self.__log_traceback:
            # Nobody set an exception, or somebody looked at it.
            return
        exc = self._exception
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    __class_getitem__ = classmethod(_native.class_getitem)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the saved one, or a new one carrying the message."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        # Each done-callback becomes its own Handle at the end of the ready queue.
        callbacks = self._callbacks[:]
        if _native.tracing():
            _native.trace_event('future_done', future=repr(self), callbacks=len(callbacks))
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    @_native.native_frame
    def result(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    @_native.native_frame
    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered)
        if removed_count:
            self._callbacks[:] = filtered
        return removed_count

    def set_result(self, result):
        # Messages as CPython's C Future (the one 3.12 uses), not futures.py's.
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True

    @_native.native_frame
    def __await__(self):
        # `await fut`: hand the future itself up to the Task (which subscribes to it),
        # then, once resumed, produce the result.
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# CPython 3.12's asyncio.Future is the C type _asyncio.Future; its repr says so.
Future.__module__ = '_asyncio'
_PyFuture = Future


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    return exc


def _copy_future_state(source, dest):
    """Copy state from a done future to a pending one."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Make `destination` follow `source` (both asyncio futures on loops)."""
    if not isfuture(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source)
    dest_loop = _get_loop(destination)

    def _set_state(future, other):
        _copy_future_state(other, future)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a future-like object into an asyncio Future."""
    if isfuture(future):
        return future
    raise NotImplementedError('asyncio.wrap_future: concurrent.futures is not supported by pydive')

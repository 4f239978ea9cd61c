"""Handles (scheduled callbacks), the abstract loop and policy, and which loop is current.

Behaviour, messages and reprs are CPython 3.12's (Lib/asyncio/events.py), including
get_event_loop()'s DeprecationWarning when it has to make a loop.
"""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import contextvars
import sys

from . import _native
from . import format_helpers

_new_context = contextvars.copy_context


class Handle:
    """callback(*args), to be run once by the loop inside `context`; can be cancelled."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop',
                 '_source_traceback', '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = _new_context() if context is None else context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(sys._getframe(1))
        else:
            self._source_traceback = None

    def _repr_info(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback is not None:
            parts.append(format_helpers._format_callback_source(self._callback, self._args))
        if self._source_traceback:
            origin = self._source_traceback[-1]
            parts.append(f'created at {origin[0]}:{origin[1]}')
        return parts

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # Debug mode keeps showing what the handle was for.
            self._repr = repr(self)
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            report = {
                'message': 'Exception in callback '
                           + format_helpers._format_callback_source(self._callback, self._args),
                'exception': exc,
                'handle': self,
            }
            if self._source_traceback:
                report['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(report)
        self = None  # the traceback of a caught exception must not keep us alive


class TimerHandle(Handle):
    """A Handle that waits in the loop's timer heap until loop.time() reaches `when`."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        if self._source_traceback:
            del self._source_traceback[-1]
        self._when = when
        self._scheduled = False  # True while it sits in the loop's heap

    def _repr_info(self):
        parts = Handle._repr_info(self)
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    def __hash__(self):
        return hash(self._when)

    # Ordered by deadline only; equal deadlines keep the heap's own order, as in CPython.
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self == other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self == other
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when == other._when and self._callback == other._callback and
                self._args == other._args and self._cancelled == other._cancelled)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


def _abstract(owner, name):
    # The abstract classes' methods all raise NotImplementedError.
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = f'{owner}.{name}'
    return method


def _abstract_coroutine(owner, name):
    async def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = f'{owner}.{name}'
    return method


class AbstractServer:
    """What create_server() returns."""

    close = _abstract('AbstractServer', 'close')
    get_loop = _abstract('AbstractServer', 'get_loop')
    is_serving = _abstract('AbstractServer', 'is_serving')
    start_serving = _abstract_coroutine('AbstractServer', 'start_serving')
    serve_forever = _abstract_coroutine('AbstractServer', 'serve_forever')
    wait_closed = _abstract_coroutine('AbstractServer', 'wait_closed')

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """Abstract event loop."""


for _name in ('run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed',
              'close', 'call_soon', 'call_later', 'call_at', 'time', 'create_future',
              'create_task', 'call_soon_threadsafe', 'set_exception_handler',
              'get_exception_handler', 'default_exception_handler',
              'call_exception_handler', 'run_in_executor', 'set_default_executor',
              'get_debug', 'set_debug'):
    setattr(AbstractEventLoop, _name, _abstract('AbstractEventLoop', _name))
for _name in ('shutdown_asyncgens', 'shutdown_default_executor'):
    setattr(AbstractEventLoop, _name, _abstract_coroutine('AbstractEventLoop', _name))


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


# (get_child_watcher/set_child_watcher: Unix child processes, which pydive does not run.)
for _name in ('get_event_loop', 'set_event_loop', 'new_event_loop',
              'get_child_watcher', 'set_child_watcher'):
    setattr(AbstractEventLoopPolicy, _name, _abstract('AbstractEventLoopPolicy', _name))
del _name


class _PerThread:
    # CPython keeps the policy's loop per thread (threading.local); pydive has one.
    _loop = None
    _set_called = False


def _first_caller_outside_asyncio():
    """The stacklevel that attributes a warning to the first frame not in asyncio."""
    level = 2
    try:
        frame = sys._getframe(2)
    except (AttributeError, ValueError):
        return level
    while frame:
        module = frame.f_globals.get('__name__')
        if not (module == 'asyncio' or module.startswith('asyncio.')):
            break
        frame = frame.f_back
        level += 1
    return level


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; only the main thread gets one made on demand (with a warning)."""

    _loop_factory = None

    def __init__(self):
        self._local = _PerThread()

    def get_event_loop(self):
        local = self._local
        if local._loop is None and not local._set_called and _native.in_main_thread():
            import warnings
            warnings.warn('There is no current event loop', DeprecationWarning,
                          stacklevel=_first_caller_outside_asyncio())
            self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % _native.current_thread_name())
        return local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None

# The running loop and the thread it runs in, as one pair.
_running = [None, None]


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    loop, thread = _running
    if loop is not None and thread == _native.thread_ident():
        return loop
    return None


def _set_running_loop(loop):
    _running[:] = [loop, _native.thread_ident()]


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from .unix_events import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the policy's (which 3.12 makes, with a warning, if needed)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# CPython's names for its pure-Python implementations (beside the C ones, _c_*).
_py__get_running_loop = _get_running_loop
_py__set_running_loop = _set_running_loop
_py_get_running_loop = get_running_loop
_py_get_event_loop = get_event_loop

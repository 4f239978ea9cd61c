"""Handles (scheduled callbacks), the abstract loop and policy, and which loop is current.

Behaviour, messages and reprs are CPython 3.12's (Lib/asyncio/events.py), including
get_event_loop()'s DeprecationWarning when it has to make a loop.
"""

# (asyncio.__all__ is made of the submodules' lists: this order shows in it.)
__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', '_set_running_loop', 'get_running_loop',
           '_get_running_loop')

import contextvars
import sys

from . import _native
from .format_helpers import _format_callback_source, extract_stack

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
        self._repr = None  # frozen text of a cancelled handle (debug mode)
        # Debug mode: where it was scheduled from, for error reports and reprs.
        self._source_traceback = (extract_stack(sys._getframe(1)) if loop.get_debug()
                                  else None)

    def _repr_info(self):
        # Type name, state, the callback as source text, where it was created.
        parts = [type(self).__name__, 'cancelled'] if self._cancelled else [type(self).__name__]
        callback = self._callback
        if callback is not None:
            parts.append(_format_callback_source(callback, self._args))
        origin = self._source_traceback
        if origin:
            last = origin[-1]  # the frame that scheduled it
            parts.append(f'created at {last[0]}:{last[1]}')
        return parts

    def __repr__(self):
        frozen = self._repr
        return frozen if frozen is not None else f"<{' '.join(self._repr_info())}>"

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
            described = _format_callback_source(self._callback, self._args)
            report = {'message': f'Exception in callback {described}',
                      'exception': exc, 'handle': self}
            origin = self._source_traceback
            if origin:
                report['source_traceback'] = origin
            self._loop.call_exception_handler(report)
        self = None  # the traceback of a caught exception must not keep us alive


class TimerHandle(Handle):
    """A Handle that waits in the loop's timer heap until loop.time() reaches `when`."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        origin = self._source_traceback
        if origin:
            origin.pop()  # our own __init__ frame
        self._when = when
        self._scheduled = False  # True while it sits in the loop's heap

    def _repr_info(self):
        parts = Handle._repr_info(self)
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    def __hash__(self):
        return hash(self._when)

    # Ordered by deadline only; equal deadlines keep the heap's own order, as in CPython.
    # <= and >= also accept an equal handle (same deadline, callback, args and state).
    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self == other

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self == other

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        # Field by field, in this order, each with its own == (no identity shortcut).
        return (self._when == other._when
                and self._callback == other._callback
                and self._args == other._args
                and self._cancelled == other._cancelled)

    def cancel(self):
        if not self._cancelled:
            # The loop counts cancelled timers still in its heap.
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


# -- native methods (crates/vm/src/modules/asyncio_native.rs) ---------------------------
#
# CPython keeps these two classes in Python; pydive keeps them here too but, as futures.py
# selects the native Future, gives them native __init__, _run, cancel, cancelled, and
# TimerHandle.__lt__ and when; `_new_handle(callback, args, loop, context)` and
# `_new_timer(when, ...)` make handles without running Python code.
# Not under `pydive trace` (whose loop events come from the Python code) nor with
# PYDIVE_ASYNCIO_PY=1, nor where there is no `_asyncio` (CPython's harness).

def _load_native():
    if _native._pydive is None or _native.tracing():
        return None
    if _native._environ.get('PYDIVE_ASYNCIO_PY') == '1':
        return None
    try:
        import _asyncio
    except ImportError:
        return None
    if not hasattr(_asyncio, '_install_handles'):
        return None
    _asyncio._setup(format_callback_source=_format_callback_source)
    _asyncio._install_handles(Handle, TimerHandle)
    return _asyncio


_asyncio = _load_native()
_new_handle = Handle if _asyncio is None else _asyncio.new_handle
_new_timer = TimerHandle if _asyncio is None else _asyncio.new_timer


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
        if module != 'asyncio' and not module.startswith('asyncio.'):
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
        current = local._loop
        if current is not None:
            return current
        raise RuntimeError('There is no current event loop in thread %r.'
                           % _native.current_thread_name())

    def set_event_loop(self, loop):
        self._local._set_called = True  # even None: no loop is made on demand any more
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        make = self._loop_factory
        return make()


_event_loop_policy = None  # set_event_loop_policy's, or the default one made on first use

# The running loop of each thread (CPython keeps it in the thread state): a loop run by
# asyncio.run in a worker thread must not hide or clear the main thread's.
_running = {}


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    running = _get_running_loop()
    if running is None:
        raise RuntimeError('no running event loop')
    return running


def _get_running_loop():
    return _running.get(_native.thread_ident())


def _set_running_loop(loop):
    if loop is None:
        _running.pop(_native.thread_ident(), None)
    else:
        _running[_native.thread_ident()] = loop


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
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the policy's (which 3.12 makes, with a warning, if needed)."""
    running = _get_running_loop()
    return get_event_loop_policy().get_event_loop() if running is None else running


# The module-level trio below asks whatever policy is in force.

def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# CPython's names for its pure-Python implementations (beside the C ones, _c_*).
for _name in ('_get_running_loop', '_set_running_loop', 'get_running_loop', 'get_event_loop'):
    globals()['_py_' + _name] = globals()[_name]
del _name

"""What counts as a coroutine, and how one is shown in a Task's repr."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

# CO_COROUTINE and CO_ITERABLE_COROUTINE from CPython's code.h
_CO_COROUTINE = 0x0080
_CO_ITERABLE_COROUTINE = 0x0100

# Marker some libraries set on functions to say "treat me as a coroutine function".
_is_coroutine = object()


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro

try:
    from collections.abc import Coroutine as _AbcCoroutine
    _COROUTINE_TYPES = (_CoroutineType, _AbcCoroutine)
except ImportError:
    _COROUTINE_TYPES = (_CoroutineType,)

_iscoroutine_typecache = set()


def _unwrap_function(func):
    # functools.partial and bound methods hide the function that has the code.
    while True:
        if hasattr(func, '__func__'):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            return func


def _is_debug_mode():
    # PYTHONASYNCIODEBUG or -X dev turn debug mode on, as in CPython.
    import sys
    flags = getattr(sys, 'flags', None)
    if flags is not None and getattr(flags, 'dev_mode', False):
        return True
    if flags is not None and getattr(flags, 'ignore_environment', False):
        return False
    try:
        import os
    except ImportError:
        return False
    return bool(os.environ.get('PYTHONASYNCIODEBUG'))


def iscoroutinefunction(func):
    """True for `async def` functions (and functions marked as coroutine functions)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    import sys
    inspect = sys.modules.get('inspect')
    if inspect is not None and hasattr(inspect, 'iscoroutinefunction'):
        # Knows inspect.markcoroutinefunction's marker too.
        return inspect.iscoroutinefunction(func)
    func = _unwrap_function(func)
    code = getattr(func, '__code__', None)
    if code is None or not hasattr(code, 'co_flags'):
        return False
    return bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for coroutine objects."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


def _format_coroutine(coro):
    """`name() running at file:line` or `name() done, defined at file:line`."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name:
        coro_name = f'{name}()'
    else:
        coro_name = f'<{type(coro).__name__} without __name__>()'

    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name

    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'

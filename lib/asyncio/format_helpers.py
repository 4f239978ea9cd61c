"""How futures, tasks and callbacks show themselves (CPython 3.12's reprs, byte for byte)."""

from . import coroutines

try:
    from reprlib import repr as _short_repr
except ImportError:
    _short_repr = None


def _cut(text, limit):
    if len(text) <= limit:
        return text
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return text[:i] + '...' + text[len(text) - j:]


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _repr_iterable(items, level, left, right, maxiter, trail=''):
    n = len(items)
    if level <= 0 and n:
        return left + '...' + right
    pieces = [_fallback_short_repr(x, level - 1) for x in items[:maxiter]]
    if n > maxiter:
        pieces.append('...')
    s = ', '.join(pieces)
    if n == 1 and trail:
        right = trail + right
    return left + s + right


def _fallback_short_repr(obj, level=6):
    """reprlib.repr's rules (its default limits), for a machine without reprlib."""
    t = type(obj)
    if t is str:
        text = repr(obj[:30])
        if len(text) > 30:
            i = max(0, 27 // 2)
            j = max(0, 27 - i)
            text = repr(obj[:i] + obj[len(obj) - j:])
            text = text[:i] + '...' + text[len(text) - j:]
        return text
    if t is int:
        return _cut(repr(obj), 40)
    if t is list:
        return _repr_iterable(obj, level, '[', ']', 6)
    if t is tuple:
        return _repr_iterable(obj, level, '(', ')', 6, ',')
    if t is set:
        if not obj:
            return 'set()'
        return _repr_iterable(_possibly_sorted(obj), level, '{', '}', 6)
    if t is frozenset:
        if not obj:
            return 'frozenset()'
        return _repr_iterable(_possibly_sorted(obj), level, 'frozenset({', '})', 6)
    if t is dict:
        n = len(obj)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _possibly_sorted(obj)[:4]:
            pieces.append(f'{_fallback_short_repr(key, level - 1)}: '
                          f'{_fallback_short_repr(obj[key], level - 1)}')
        if n > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        text = repr(obj)
    except Exception:
        return f'<{t.__name__} instance at {id(obj):#x}>'
    return _cut(text, 30)


def short_repr(obj):
    if _short_repr is not None:
        return _short_repr(obj)
    return _fallback_short_repr(obj)


def _get_function_source(func):
    # inspect.unwrap: follow __wrapped__
    seen = 0
    while hasattr(func, '__wrapped__') and seen < 100:
        func = func.__wrapped__
        seen += 1
    if type(func).__name__ == 'function':
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if type(func).__name__ in ('partial', 'partialmethod') and hasattr(func, 'func'):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if type(func).__name__ == 'partial' and hasattr(func, 'func'):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_callbacks(callbacks):
    size = len(callbacks)
    if size == 0:
        shown = ''
    elif size == 1:
        shown = _format_callback_source(callbacks[0][0], ())
    elif size == 2:
        shown = '{}, {}'.format(_format_callback_source(callbacks[0][0], ()),
                                _format_callback_source(callbacks[1][0], ()))
    else:
        shown = '{}, <{} more>, {}'.format(_format_callback_source(callbacks[0][0], ()),
                                          size - 2,
                                          _format_callback_source(callbacks[-1][0], ()))
    return f'cb=[{shown}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == 'FINISHED':
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


# reprlib.recursive_repr: an object whose repr reaches itself shows '...'.
_repr_running = set()


def _guarded(build, obj):
    key = id(obj)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return build(obj)
    finally:
        _repr_running.discard(key)


def future_repr(future):
    def build(fut):
        info = ' '.join(_future_repr_info(fut))
        return f'<{fut.__class__.__name__} {info}>'
    return _guarded(build, future)


def _task_repr_info(task):
    info = _future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    if task._fut_waiter is not None:
        info.insert(2, f'wait_for={task._fut_waiter!r}')
    if task._coro:
        info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    return info


def task_repr(task):
    def build(t):
        info = ' '.join(_task_repr_info(t))
        return f'<{t.__class__.__name__} {info}>'
    return _guarded(build, task)


def extract_stack(f=None, limit=10):
    """Where an object was made (debug mode): FrameSummary-like entries, outermost first."""
    import sys
    if f is None:
        f = sys._getframe().f_back
    try:
        import traceback
        stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                               lookup_lines=False)
    except (ImportError, AttributeError):
        stack = []
        while f is not None and len(stack) < limit:
            stack.append((f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None))
            f = f.f_back
    stack.reverse()
    return stack

"""Context variables (PEP 567) in plain Python, for pydive (CPython: Python/context.c).

A Context maps ContextVars to values. Exactly one Context is current; Context.run()
makes another one current for the duration of a call. Contexts are copied on write:
ContextVar.set() gives the current Context a new mapping, so copies taken earlier
(copy_context(), a Task's context) keep seeing the old values — the property CPython
gets from its immutable HAMT. pydive has one thread, so one chain of current contexts.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


class Context:
    """A mapping ContextVar -> value; run(callable, ...) runs inside it."""

    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        # The context to go back to is kept in this frame (slot accesses cost more than
        # locals on pydive, and run() is called once per asyncio callback).
        prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
            self._entered = False
            # CPython's Context.run is C and leaves no frame. This one's frame can outlive the
            # call as the f_back of a frame kept by a traceback (a task's exception): drop the
            # callable (a bound Task.__step) so that frame does not keep the task alive.
            callable = args = kwargs = prev = None

    def copy(self):
        new = _new_context(Context)  # no __init__: its empty dict would be replaced at once
        new._data = self._data
        new._entered = False
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


_new_context = object.__new__


def copy_context():
    """A shallow copy of the current Context."""
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = ctx._data
        old = data[self] if self in data else Token.MISSING
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        new = dict(ctx._data)
        if token._old_value is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __repr__(self):
        parts = [f'name={self._name!r}']
        if self._default is not _NO_DEFAULT:
            parts.append(f'default={self._default!r}')
        return f"<ContextVar {' '.join(parts)} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        return cls


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns: reset(token) restores the previous value."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        return cls


def _hide_run_frames():
    # CPython's Context.run is C code: no traceback entry. See lib/NATIVE.md.
    try:
        import _pydive
    except ImportError:
        return
    hide = getattr(_pydive, 'hide_from_tracebacks', None)
    if hide is not None:
        hide(Context.run)


_hide_run_frames()

"""Operators as functions: operator.add(x, y) is x + y (pydive's operator, pure Python).

CPython implements these in C (_operator); here each is a one-line Python function with the
same positional-only signature and docstring. The dunder aliases (operator.__add__) are
listed once at the end.
"""

from builtins import abs as _builtin_abs

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']


# --- comparisons and identity -------------------------------------------------------------

def lt(a, b, /): "Same as a < b."; return a < b
def le(a, b, /): "Same as a <= b."; return a <= b
def eq(a, b, /): "Same as a == b."; return a == b
def ne(a, b, /): "Same as a != b."; return a != b
def ge(a, b, /): "Same as a >= b."; return a >= b
def gt(a, b, /): "Same as a > b."; return a > b
def is_(a, b, /): "Same as a is b."; return a is b
def is_not(a, b, /): "Same as a is not b."; return a is not b
def not_(a, /): "Same as not a."; return not a
def truth(a, /): "Return True if a is true, False otherwise."; return bool(a)


# --- arithmetic and bits ------------------------------------------------------------------

def add(a, b, /): "Same as a + b."; return a + b
def sub(a, b, /): "Same as a - b."; return a - b
def mul(a, b, /): "Same as a * b."; return a * b
def matmul(a, b, /): "Same as a @ b."; return a @ b
def truediv(a, b, /): "Same as a / b."; return a / b
def floordiv(a, b, /): "Same as a // b."; return a // b
def mod(a, b, /): "Same as a % b."; return a % b
def pow(a, b, /): "Same as a ** b."; return a ** b
def lshift(a, b, /): "Same as a << b."; return a << b
def rshift(a, b, /): "Same as a >> b."; return a >> b
def and_(a, b, /): "Same as a & b."; return a & b
def or_(a, b, /): "Same as a | b."; return a | b
def xor(a, b, /): "Same as a ^ b."; return a ^ b
def neg(a, /): "Same as -a."; return -a
def pos(a, /): "Same as +a."; return +a
def inv(a, /): "Same as ~a."; return ~a
def invert(a, /): "Same as ~a."; return ~a
def abs(a, /): "Same as abs(a)."; return _builtin_abs(a)


def index(a, /):
    "Same as a.__index__()"
    # PyNumber_Index: ints (bool and subclasses too) come back as exact ints
    if not isinstance(a, int):
        convert = getattr(type(a), '__index__', None)
        if convert is None:
            raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
        a = convert(a)
        if not isinstance(a, int):
            raise TypeError(f"__index__ returned non-int (type {type(a).__name__})")
    return int.__int__(a)


# --- in place: the augmented assignment, then its result ----------------------------------

def iadd(a, b, /): "Same as a += b."; a += b; return a
def isub(a, b, /): "Same as a -= b."; a -= b; return a
def imul(a, b, /): "Same as a *= b."; a *= b; return a
def imatmul(a, b, /): "Same as a @= b."; a @= b; return a
def itruediv(a, b, /): "Same as a /= b."; a /= b; return a
def ifloordiv(a, b, /): "Same as a //= b."; a //= b; return a
def imod(a, b, /): "Same as a %= b."; a %= b; return a
def ipow(a, b, /): "Same as a **= b."; a **= b; return a
def ilshift(a, b, /): "Same as a <<= b."; a <<= b; return a
def irshift(a, b, /): "Same as a >>= b."; a >>= b; return a
def iand(a, b, /): "Same as a &= b."; a &= b; return a
def ior(a, b, /): "Same as a |= b."; a |= b; return a
def ixor(a, b, /): "Same as a ^= b."; a ^= b; return a


# --- sequences ----------------------------------------------------------------------------

def _require_sequence(a):
    # concatenation is for sequences only (what has __getitem__ stands in for sq_concat)
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    _require_sequence(a)
    return a + b


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    _require_sequence(a)
    a += b
    return a


def contains(a, b, /): "Same as b in a (note reversed operands)."; return b in a
def getitem(a, b, /): "Same as a[b]."; return a[b]
def delitem(a, b, /): "Same as del a[b]."; del a[b]
def setitem(a, b, c, /): "Same as a[b] = c."; a[b] = c


def _matches(a, b):
    # positions in a where an item is, or equals, b
    try:
        items = iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None
    for position, item in enumerate(items):
        if item is b or item == b:
            yield position


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    return sum(1 for _ in _matches(a, b))


def indexOf(a, b, /):
    "Return the first index of b in a."
    for position in _matches(a, b):
        return position
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.

    If the object supports len(), the result will be exact.
    Otherwise, it may over- or under-estimate by an arbitrary amount.
    The result will be an integer >= 0."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass  # no len(): ask for a hint
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        guess = hint(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(guess).__name__}')
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# --- callables that fetch from their argument ---------------------------------------------

def _bad_call(kind, args, kwargs):
    # the calling convention of the C getters: exactly one positional argument
    if kwargs:
        raise TypeError(f'{kind}() takes no keyword arguments')
    raise TypeError(f'{kind} expected 1 argument, got {len(args)}')


def _path_getter(dotted):
    names = dotted.split('.')

    def fetch(obj):
        for name in names:
            obj = getattr(obj, name)
        return obj
    return fetch


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""

    __slots__ = ('_attrs', '_fetchers')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._fetchers = tuple(_path_getter(name) for name in attrs)

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _bad_call('attrgetter', args, kwargs)
        obj = args[0]
        if len(self._fetchers) == 1:
            return self._fetchers[0](obj)
        return tuple(fetch(obj) for fetch in self._fetchers)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""

    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _bad_call('itemgetter', args, kwargs)
        obj = args[0]
        keys = self._items
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple(obj[key] for key in keys)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        # (self is in args, so that a keyword named "self" or "name" reaches the method)
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *rest = args
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = tuple(rest)
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _bad_call('methodcaller', args, kwargs)
        obj = args[0]
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name), *map(repr, self._args),
                 *(f'{key}={value!r}' for key, value in self._kwargs.items())]
        return f"operator.methodcaller({', '.join(shown)})"

    def __reduce__(self):
        if self._kwargs:
            from functools import partial
            return partial(type(self), self._name, **self._kwargs), self._args
        return type(self), (self._name, *self._args)


# --- operator.__add__ and friends: the same functions under their dunder names ------------

for _name in ('lt le eq ne ge gt not_ abs add and_ call floordiv index inv invert lshift '
              'mod mul matmul neg or_ pos pow rshift sub truediv xor concat contains '
              'delitem getitem setitem iadd iand iconcat ifloordiv ilshift imod imul '
              'imatmul ior ipow irshift isub itruediv ixor').split():
    globals()[f"__{_name.rstrip('_')}__"] = globals()[_name]
del _name


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module


# C types in CPython: error messages name them with their module ('operator.attrgetter')
try:
    import _pydive
    _pydive.set_tp_name(attrgetter, 'operator.attrgetter')
    _pydive.set_tp_name(itemgetter, 'operator.itemgetter')
    _pydive.set_tp_name(methodcaller, 'operator.methodcaller')
    _pydive.set_immutable(attrgetter, itemgetter, methodcaller)
    del _pydive
except ImportError:
    pass

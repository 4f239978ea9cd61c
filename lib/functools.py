"""Tools for functions and callables (pydive's functools, pure Python).

What CPython writes in C (partial, reduce, cmp_to_key, the lru_cache wrapper) is
written here in Python with the C versions' behaviour and messages.
"""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch", "singledispatchmethod",
           "cached_property"]

from abc import get_cache_token
from collections import namedtuple
try:
    # object.__new__ refuses the C types pydive writes in Python; their __new__ uses this
    from _pydive import alloc as _alloc
except ImportError:
    _alloc = object.__new__

_GenericAlias = type(list[int])
_MISSING = object()


# ---- wrapping one function in another

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned (those
    wrapped has), merge the dicts named in updated, and set wrapper.__wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # last, so that a __wrapped__ copied along with wrapped's __dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) on the wrapper of f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering

_ORDERINGS = ('__lt__', '__le__', '__gt__', '__ge__')


def _ordering_from(root, op):
    """op written with root plus == and !=.

    Say root is '<'. Then '>' (the other direction, same strictness) is "not < and !=",
    '<=' (same direction, other strictness) is "< or ==" and '>=' is "not <"; with
    a non-strict root the == / != parts swap roles.
    """
    strict = root in ('__lt__', '__gt__')
    if root[2] == op[2]:                        # same direction, other strictness
        if strict:
            def combine(r, a, b): return r or a == b
        else:
            def combine(r, a, b): return r and a != b
    elif root[3] == op[3]:                      # other direction, same strictness
        if strict:
            def combine(r, a, b): return not r and a != b
        else:
            def combine(r, a, b): return not r or a == b
    else:                                       # the complement
        def combine(r, a, b): return not r

    def derived(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return combine(r, self, other)
    derived.__name__ = op
    derived.__qualname__ = f'_{op[2:4]}_from_{root[2:4]}'
    return derived


def total_ordering(cls):
    """Class decorator: given == and one of < <= > >=, define the other three."""
    defined = [op for op in _ORDERINGS
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # by name: __lt__, then __le__, __gt__, __ge__
    for op in _ORDERINGS:
        if op not in defined:
            setattr(cls, op, _ordering_from(root, op))
    return cls


# ---- cmp_to_key (the C module's KeyWrapper)

class KeyWrapper:
    """cmp_to_key(cmp) is a KeyWrapper without a value; calling it wraps a value in a
    new KeyWrapper that compares by cmp(mine, theirs) against 0."""
    __slots__ = ('_cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _against(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other): return self._against(other) < 0
    def __le__(self, other): return self._against(other) <= 0
    def __gt__(self, other): return self._against(other) > 0
    def __ge__(self, other): return self._against(other) >= 0
    def __eq__(self, other): return self._against(other) == 0
    def __ne__(self, other): return self._against(other) != 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Turn an old-style cmp function (negative, zero, positive) into a key function."""
    return KeyWrapper(mycmp)


# ---- reduce

def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Fold iterable from the left: function(function(initial, x0), x1)... With no
    initial the first item starts the fold; an empty iterable then is an error.
    """
    if not 2 <= len(args) <= 3:
        bound = 'at least 2' if len(args) < 2 else 'at most 3'
        raise TypeError(f'reduce expected {bound} arguments, got {len(args)}')
    function, iterable = args[0], args[1]
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        acc = args[2]
    else:
        acc = next(items, _MISSING)
        if acc is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# ---- partial and partialmethod

_in_repr = set()  # ids of partials whose repr is being built (a cycle shows "...")


def _call_text(func, args, keywords):
    parts = [repr(func)]
    parts.extend(map(repr, args))
    parts.extend(f'{k}={v!r}' for k, v in keywords.items())
    return ', '.join(parts)


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args and
    keywords in front of the arguments it gets (later keywords win)."""

    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # a plain partial of a partial is flattened into one (as the C type does when
        # the inner one has no attributes of its own and the usual __call__)
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = _alloc(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        me = id(self)
        if me in _in_repr:
            return '...'
        _in_repr.add(me)
        try:
            # the C type's name is "functools.partial"; a subclass shows its own name
            name = 'functools.partial' if type(self) is partial else type(self).__name__
            return f'{name}({_call_text(self.func, self.args, self.keywords)})'
        finally:
            _in_repr.discard(me)

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords,
                                          self.__dict__ or None)

    def __setstate__(self, state):
        ok = isinstance(state, tuple) and len(state) == 4
        if ok:
            func, args, keywords, attrs = state
            ok = (callable(func) and isinstance(args, tuple)
                  and (keywords is None or isinstance(keywords, dict)))
        if not ok:
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if keywords is None else dict(keywords)
        self.__dict__.clear()
        if attrs:
            self.__dict__.update(attrs)

    __class_getitem__ = classmethod(_GenericAlias)


class partialmethod(object):
    """partial for methods: in a class body, partialmethod(meth, *args, **kw) binds
    like meth (functions, classmethods, staticmethods, other descriptors) and then
    adds args and kw."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):  # flatten
            func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        kind = type(self)
        inside = _call_text(self.func, self.args, self.keywords)
        return f'{kind.__module__}.{kind.__qualname__}({inside})'

    def _make_unbound_method(self):
        # for a func that does not bind itself: a function taking self (or cls) first
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args, **{**pm.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self  # inspect.signature looks for it
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---- lru_cache and cache

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _Key(list):
    """A call's arguments as a cache key, hashed once (a dict lookup and a store
    then hash the arguments a single time, as the C wrapper does). A list, as
    CPython's _HashedSeq: a tuple subclass has no room for a slot."""
    __slots__ = ('_hash',)

    def __init__(self, items):
        self[:] = items
        self._hash = hash(tuple(items))

    def __hash__(self):
        return self._hash


_KWD_MARK = (object(),)  # separates positional arguments from keyword items


def _make_key(args, kwds, typed):
    if not typed and not kwds:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]  # a lone int or str is its own key
        return _Key(args)
    parts = list(args)
    if kwds:
        parts.extend(_KWD_MARK)
        for item in kwds.items():
            parts.extend(item)
    if typed:
        parts.extend(type(v) for v in args)
        parts.extend(type(v) for v in kwds.values())
    return _Key(parts)


class _lru_cache_wrapper:
    """What lru_cache() returns: calls the function once per distinct arguments.

    The results live in a dict kept in recency order (a hit moves its key to the end);
    a bounded cache that is full forgets its first key."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._results = {}
        self._hits = self._misses = 0

    def __call__(self, /, *args, **kwds):
        limit = self._maxsize
        if limit == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        results = self._results
        found = results.get(key, _MISSING)
        if found is not _MISSING:
            self._hits += 1
            if limit is not None:
                results[key] = results.pop(key)
            return found
        self._misses += 1
        value = self.__wrapped__(*args, **kwds)
        if key in results:
            return value  # the call cached this key itself (recursion): keep that entry
        if limit is not None and len(results) >= limit:
            del results[next(iter(results))]
        results[key] = value
        return value

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        from types import MethodType
        return MethodType(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._results))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._results.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    # the wrapper stands for the function: copies are itself, pickles are by name
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


def lru_cache(maxsize=128, typed=False):
    """Decorator caching up to maxsize results (None: unbounded) of a function of
    hashable arguments, forgetting the least recently used first. typed=True keeps
    f(3) and f(3.0) apart. The wrapper has cache_info(), cache_clear(),
    cache_parameters() and __wrapped__. Also usable bare, as @lru_cache."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return update_wrapper(_lru_cache_wrapper(maxsize, 128, typed), maxsize)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed),
                              user_function)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch: choosing an implementation by the class of the first argument

def _linearize(seqs):
    """C3 merge: repeatedly take the first head that is in no sequence's tail."""
    seqs = [list(s) for s in seqs]
    out = []
    while True:
        seqs = [s for s in seqs if s]
        if not seqs:
            return out
        for s in seqs:
            head = s[0]
            if not any(head in t[1:] for t in seqs):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        out.append(head)
        for s in seqs:
            if s[0] == head:
                del s[0]


def _mro_with(cls, abcs):
    """cls's MRO with the ABCs in abcs that cls implements without inheriting them
    placed where cls first introduces them (right after the bases up to the last
    explicitly abstract one)."""
    bases = cls.__bases__
    cut = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            cut = i
            break
    pending = list(abcs)
    introduced = [a for a in pending
                  if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in introduced:
        pending.remove(a)
    groups = [list(bases[:cut]), introduced, list(bases[cut:])]
    return _linearize([[cls]] + [_mro_with(b, pending) for g in groups for b in g] + groups)


def _full_mro(cls, candidates):
    """cls's MRO extended with the registered classes it is only virtually related to."""
    real = set(cls.__mro__)
    related = [t for t in candidates
               if t not in real and hasattr(t, '__mro__')
               and not isinstance(t, _GenericAlias) and issubclass(cls, t)]
    # a class that is a base of another candidate comes in through that one
    related = [t for t in related
               if not any(t != u and t in u.__mro__ for u in related)]
    wanted = set(related)
    order = []
    for t in related:
        # subclasses of t that cls also implements fix the order among the ABCs;
        # the ones with most relevant bases first
        chains = sorted(([c for c in sub.__mro__ if c in wanted]
                         for sub in t.__subclasses__()
                         if sub not in real and issubclass(cls, sub)),
                        key=len, reverse=True)
        if not chains:
            order.append(t)
        for chain in chains:
            order.extend(c for c in chain if c not in order)
    return _mro_with(cls, order)


def _find_impl(cls, registry):
    """The registered function for the nearest class in cls's (extended) MRO; two
    unrelated ABCs that match equally well are an error."""
    best = None
    for t in _full_mro(cls, registry.keys()):
        if best is not None:
            if (t in registry and t not in cls.__mro__ and best not in cls.__mro__
                    and not issubclass(best, t)):
                raise RuntimeError(f'Ambiguous dispatch: {best} or {t}')
            break
        if t in registry:
            best = t
    return registry.get(best)


def _is_union_type(cls):
    from typing import get_origin, Union
    import types
    return get_origin(cls) in (Union, types.UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(a, type) for a in get_args(cls))


def singledispatch(func):
    """Make func a generic function that picks an implementation by the class of its
    first argument; add implementations with .register(cls) or .register on a
    function whose first parameter is annotated."""
    import types
    registry = {object: func}
    chosen = {}           # class -> implementation, until the next register()
    abc_token = None      # set once an ABC is registered: ABC registrations clear chosen

    def dispatch(cls):
        """generic_func.dispatch(cls) -> the implementation used for cls"""
        nonlocal abc_token
        if abc_token is not None:
            now = get_cache_token()
            if now != abc_token:
                chosen.clear()
                abc_token = now
        impl = chosen.get(cls, _MISSING)
        if impl is _MISSING:
            impl = registry[cls] if cls in registry else _find_impl(cls, registry)
            chosen[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers func for cls (a class or a union of classes); without func, a
        decorator; given an annotated function instead of cls, the annotation of its
        first parameter is the class."""
        nonlocal abc_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                problem = ('not all arguments are classes' if _is_union_type(cls)
                           else 'is not a class')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} {problem}.')
        if _is_union_type(cls):
            from typing import get_args
            for member in get_args(cls):
                registry[member] = func
        else:
            registry[cls] = func
        if abc_token is None and hasattr(cls, '__abstractmethods__'):
            abc_token = get_cache_token()
        chosen.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = chosen.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls.
    The function may be any descriptor (classmethod, staticmethod, ...)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func (as singledispatch's register)"""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property

class cached_property:
    """Like property, but the value is computed once and stored in the instance's
    __dict__ under the same name (which then shadows this descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            f'names ({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        kind = type(instance).__name__
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance "
                            f"to cache {name!r} property.") from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                                f"support item assignment for caching {name!r} "
                                f"property.") from None
        return value

    __class_getitem__ = classmethod(_GenericAlias)


# The parts that are C in CPython add no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_from_tracebacks as _hide
except ImportError:
    pass
else:
    for _obj in (cmp_to_key, KeyWrapper, reduce, partial, _call_text, _make_key, _Key, _lru_cache_wrapper):
        _hide(_obj)
    del _hide, _obj


# C types in CPython: error messages name them with their module ('functools.partial')
try:
    import _pydive
    _pydive.set_tp_name(partial, 'functools.partial')
    _pydive.set_tp_name(KeyWrapper, 'functools.KeyWrapper')
    _pydive.set_tp_name(_lru_cache_wrapper, 'functools._lru_cache_wrapper')
    _pydive.set_immutable(partial, KeyWrapper, _lru_cache_wrapper)
    del _pydive
except ImportError:
    pass

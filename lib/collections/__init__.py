"""Container datatypes: deque, defaultdict, namedtuple, OrderedDict, Counter, ChainMap,
UserDict, UserList, UserString (pydive's collections, pure Python)."""

import sys as _sys
import _collections_abc
from _collections_abc import (Mapping as _Mapping, MutableMapping as _MutableMapping,
                              Sequence as _Sequence, MutableSequence as _MutableSequence)
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

_GenericAlias = type(list[int])


def _recursive_repr(fallback="..."):
    # repr() of a container that contains itself shows `fallback` the second time.
    def decorating(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fallback
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorating


# ---------------------------------------------------------------------------
# deque: native (crates/vm/src/modules/deque.rs), as CPython's is C

from _collections import deque

_MutableSequence.register(deque)


# ---------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        else:
            frepr = _defaultdict_factory_repr(self, factory)
        return "%s(%s, %s)" % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


_factory_repr_running = set()


def _defaultdict_factory_repr(d, factory):
    # A factory whose repr reaches this defaultdict again shows as "...".
    key = id(d)
    if key in _factory_repr_running:
        return "..."
    _factory_repr_running.add(key)
    try:
        return repr(factory)
    finally:
        _factory_repr_running.discard(key)


# ---------------------------------------------------------------------------
# namedtuple

class _field:
    # The descriptor behind a namedtuple field: item `index` of the tuple, read-only
    # (the C module's _tuplegetter). Its __doc__ is a slot, so no docstring here.
    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _namedtuple_fields(typename, field_names, rename):
    """The checked field names (renamed to _<index> where rename allows)."""
    if isinstance(field_names, str):
        field_names = [part for chunk in field_names.split(',') for part in chunk.split()]
    names = [str(f) for f in field_names]
    if rename:
        seen = set()
        for i, name in enumerate(names):
            unusable = name[:1] == '_' or _iskeyword(name) or not name.isidentifier()
            if unusable or name in seen:
                names[i] = f'_{i}'
            seen.add(name)  # the original name: a later duplicate of it is renamed too
    for name in [typename, *names]:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    used = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in used:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        used.add(name)
    return tuple(_sys.intern(n) for n in names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also attributes, by name.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    typename = _sys.intern(str(typename))
    fields = _namedtuple_fields(typename, field_names, rename)
    count = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        # defaults belong to the last fields
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))
    params = ', '.join(fields) + (',' if count == 1 else '')
    shown = '(' + ', '.join(f'{f}=%r' for f in fields) + ')'
    make_tuple = tuple.__new__

    # __new__ is compiled from source so that its signature, and so its argument errors
    # ("P.__new__() missing 1 required positional argument: 'y'"), name the fields.
    scope = {'_tuple_new': make_tuple, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {params}: _tuple_new(_cls, ({params}))', scope)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(f, old) for f, old in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        'TypeName(field=value, ...)'
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        'A dict from field names to values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'The values as a plain tuple (for copy and pickle).'
        return tuple(self)

    namespace = {'__doc__': f'{typename}({params})', '__slots__': (), '_fields': fields,
                 '_field_defaults': field_defaults, '__match_args__': fields}
    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
        namespace[method.__name__] = method
    namespace['_make'] = classmethod(_make)
    for i, f in enumerate(fields):
        namespace[f] = _field(i, _sys.intern(f'Alias for field number {i}'))
    cls = type(typename, (tuple,), namespace)

    if module is None:
        # the caller's module, as for a class statement
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------
# OrderedDict

_NO_DEFAULT = object()

_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())


class odict_iterator:
    """iter(od), reversed(od) and the iterators of an OrderedDict's views (a C type in
    CPython, odictiter): it holds the next key, and refuses to go on once the OrderedDict
    added, removed or moved a key ('mutated', then exhausted) or changed size otherwise
    (clear(): 'changed size', sticky), as odictiter_nextkey checks. While neither happened
    the dict's own key order is the OrderedDict's, so a dict iterator gives the keys."""
    __module__ = 'builtins'
    __slots__ = ('_od', '_it', '_current', '_size', '_state', '_kind')

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        key = self._current
        if key is _END:
            self._od = None
            raise StopIteration
        if _od_state_of(od) != self._state:
            self._od = None
            raise RuntimeError('OrderedDict mutated during iteration')
        if len(od) != self._size:
            self._size = -1
            raise RuntimeError('OrderedDict changed size during iteration')
        self._current = next(self._it, _END)
        kind = self._kind
        if kind == 0:
            return key
        value = _dict_getitem(od, key)
        return value if kind == 1 else (key, value)

    def __reduce__(self):
        return iter, (list(self),)


_END = object()
_dict_getitem = dict.__getitem__
_mappingproxy = type(type.__dict__)


def _odict_iter(od, kind, reverse):
    """A new odict_iterator over od's keys (kind 0), values (1) or items (2)."""
    made = _alloc(odict_iterator)
    made._od = od
    made._it = it = reversed(dict.keys(od)) if reverse else dict.__iter__(od)
    made._current = next(it, _END)
    made._size = len(od)
    made._state = _od_state_of(od)
    made._kind = kind
    return made


try:
    from _pydive import alloc as _alloc
except ImportError:
    _alloc = object.__new__


class odict_keys(_dict_keys):
    __module__ = 'builtins'

    def __iter__(self):
        return _odict_iter(self._od, 0, False)

    def __reversed__(self):
        return _odict_iter(self._od, 0, True)

    @property
    def mapping(self):
        return _mappingproxy(self._od)


class odict_values(_dict_values):
    __module__ = 'builtins'

    def __iter__(self):
        return _odict_iter(self._od, 1, False)

    def __reversed__(self):
        return _odict_iter(self._od, 1, True)

    @property
    def mapping(self):
        return _mappingproxy(self._od)


class odict_items(_dict_items):
    __module__ = 'builtins'

    def __iter__(self):
        return _odict_iter(self._od, 2, False)

    def __reversed__(self):
        return _odict_iter(self._od, 2, True)

    @property
    def mapping(self):
        return _mappingproxy(self._od)


try:
    from _pydive import dict_view as _dict_view
except ImportError:
    def _dict_view(cls, view):
        return view


class OrderedDict(dict):
    """A dict with order-aware extras: move_to_end(), popitem(last=False), and
    equality that compares the order between two OrderedDicts. (dict itself keeps
    insertion order, which is the order used here.)"""

    # od_state: moves on when a key is added, removed or moved (not when a value changes or
    # at clear()), which the iterators check (a C field in CPython).
    __slots__ = ('__dict__', '__state')

    def __init__(self, other=(), /, **kwds):
        _MutableMapping.update(self, other, **kwds)

    update = _MutableMapping.update

    def __setitem__(self, key, value):
        n = len(self)
        dict.__setitem__(self, key, value)
        if len(self) != n:
            _od_moved(self)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _od_moved(self)

    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def keys(self):
        "A set-like view of the keys, in order."
        made = _dict_view(odict_keys, dict.keys(self))
        made._od = self
        return made

    def values(self):
        "A view of the values, in order."
        made = _dict_view(odict_values, dict.values(self))
        made._od = self
        return made

    def items(self):
        "A set-like view of the (key, value) pairs, in order."
        made = _dict_view(odict_items, dict.items(self))
        made._od = self
        return made

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first if not last."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(dict.keys(self)) if last else dict.__iter__(self))
        value = dict.pop(self, key)
        _od_moved(self)
        return key, value

    def move_to_end(self, key, last=True):
        """Move key to the end, or to the front if not last (KeyError if absent)."""
        value = dict.pop(self, key)
        _od_moved(self)
        if last:
            dict.__setitem__(self, key, value)
            return
        # to the front: re-insert everything after it
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __sizeof__(self):
        return dict.__sizeof__(self)

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; default (else KeyError) if it is absent."""
        if key in self:
            value = self[key]
            dict.__delitem__(self, key)
            _od_moved(self)
            return value
        if default is _NO_DEFAULT:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """self[key], after setting it to default if key was absent."""
        if key not in self:
            self[key] = default
            return default
        return self[key]

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({dict(self.items())!r})'

    def __reduce__(self):
        return self.__class__, (), getattr(self, '__dict__', None) or None, None, iter(self.items())

    def copy(self):
        "od.copy() -> a shallow copy of od"
        made = type(self)()
        for key, value in self.items():
            made[key] = value
        return made

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary with the keys of iterable, each set to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            return all(a == b for a, b in zip(self, other))
        return same

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.__class__(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = self.__class__(other)
            merged.update(self)
            return merged
        return NotImplemented


# (CPython's OrderedDict has no __slots__ to show.)
del OrderedDict.__slots__


def _od_state_of(od):
    try:
        return od._OrderedDict__state
    except AttributeError:
        return 0


def _od_moved(od):
    try:
        od._OrderedDict__state += 1
    except AttributeError:
        od._OrderedDict__state = 1

# ---------------------------------------------------------------------------
# Counter

def _add(a, b): return a + b
def _sub(a, b): return a - b
def _max(a, b): return b if a < b else a
def _min(a, b): return a if a < b else b


def _count_elements(mapping, iterable):
    'Tally elements from the iterable (a C helper of Counter.update in CPython).'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """A dict that counts: each key maps to its count (a missing key counts 0).

    Counter('abca') == Counter({'a': 2, 'b': 1, 'c': 1}). The operators + - | &
    combine counts (sum, difference, max, min) and keep only positive results.
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'An element never counted has count 0.'
        return 0

    def total(self):
        'All counts added up.'
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest counts first (equal counts in insertion
        order), all of them or the first n."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (counts below 1: never)."""
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an iterable."""
        if iterable is not None:
            if not isinstance(iterable, _Mapping):
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
            elif self:
                get = self.get
                for elem, n in iterable.items():
                    self[elem] = n + get(elem, 0)
            else:
                dict.update(self, iterable)  # nothing to add to yet
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts (results may go to zero or below)."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, n in iterable.items():
                    self[elem] = get(elem, 0) - n
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'A shallow copy, of the same class.'
        return type(self)(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Forget elem; an element that is not there is no error.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that do not order
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons: a missing element counts 0, so Counter(a=0) == Counter().
    def _all_counts(self, other, holds):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(holds(self[e], other[e]) for side in (self, other) for e in side)

    def _if_counter(self, other, answer):
        # answer() when other is a Counter too; else let Python try the other side
        return answer() if isinstance(other, Counter) else NotImplemented

    def __eq__(self, other):
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._if_counter(other, lambda: not self == other)

    def __le__(self, other):
        return self._all_counts(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._all_counts(other, lambda a, b: a >= b)

    # strictly below / above: <= / >= and not equal
    def __lt__(self, other):
        return self._if_counter(other, lambda: self <= other and self != other)

    def __gt__(self, other):
        return self._if_counter(other, lambda: self >= other and self != other)

    def _combined(self, other, rule, others_too=True):
        # A new plain Counter of rule(my count, other's count), positive results only.
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for elem, n in self.items():
            n = rule(n, other[elem])
            if n > 0:
                out[elem] = n
        if others_too:
            for elem, n in other.items():
                if elem not in self:
                    n = rule(0, n)
                    if n > 0:
                        out[elem] = n
        return out

    def __add__(self, other):
        return self._combined(other, _add)

    def __sub__(self, other):
        return self._combined(other, _sub)

    def __or__(self, other):
        return self._combined(other, _max)

    def __and__(self, other):
        return self._combined(other, _min, others_too=False)

    def __pos__(self):
        'The positive counts only (as Counter() + self).'
        out = Counter()
        for elem, n in self.items():
            if n > 0:
                out[elem] = n
        return out

    def __neg__(self):
        'The negative counts, negated (as Counter() - self).'
        out = Counter()
        for elem, n in self.items():
            if n < 0:
                out[elem] = 0 - n
        return out

    def _drop_nonpositive(self):
        for elem in [e for e, n in self.items() if not n > 0]:
            del self[elem]
        return self

    # The in-place operators take any mapping and keep only positive counts.
    def __iadd__(self, other):
        for elem, n in other.items():
            self[elem] += n
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, n in other.items():
            self[elem] -= n
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, n in other.items():
            if n > self[elem]:
                self[elem] = n
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, n in self.items():
            theirs = other[elem]
            if theirs < n:
                self[elem] = theirs
        return self._drop_nonpositive()


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_MutableMapping):
    """One mapping made of a list of mappings, self.maps: a lookup tries each in turn;
    writes, deletions and clear() touch only maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # keys in the order of the last map first, each once
        seen = {}
        for m in reversed(self.maps):
            seen.update(dict.fromkeys(m))
        return iter(seen)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(repr(m) for m in self.maps)})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'A ChainMap of one dict, dict.fromkeys(iterable, *args).'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'Same class, maps[0] copied (shallow), the other maps shared.'
        front, *rest = self.maps
        return type(self)(front.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, plus kwargs) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        'The ChainMap of all maps but the first.'
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return some (key, value) of maps[0].'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove key from maps[0] and return its value (or the default given).'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Empty maps[0]; the other maps stay as they are.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for m in reversed(self.maps):
            flat.update(m)
        return self.__class__(flat)


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: the built-in types wrapped in self.data, for
# subclasses that override a few methods and inherit the rest from the ABCs.

def _rewrap(obj, value):
    # a result of the wrapped type, as a new object of obj's class
    return obj.__class__(value)


_WHOLE = _sys.maxsize  # the default end of str's search methods: to the end


def _unwrapped(other, kind):
    # the data of another User* object of that kind, or other itself
    return other.data if isinstance(other, kind) else other


def _as_list(other):
    # the right operand of UserList's + and +=: a list
    data = _unwrapped(other, UserList)
    return data if isinstance(data, list) else list(data)


def _as_str(other):
    # the other operand of UserString's +: a str
    data = _unwrapped(other, UserString)
    return data if isinstance(data, str) else str(data)


def _copy_of(obj, data):
    # copy.copy() of a User* object: same class and attributes, data copied
    twin = obj.__class__.__new__(obj.__class__)
    twin.__dict__.update(obj.__dict__)
    twin.__dict__['data'] = data
    return twin


class UserDict(_MutableMapping):
    """A dict kept in self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return _rewrap(self, self.data | _unwrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return _rewrap(self, _unwrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    def __copy__(self):
        return _copy_of(self, self.__dict__['data'].copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # a subclass: copy.copy() of it with empty data, then the items added back
        import copy
        data = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = data
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_MutableSequence):
    """A list kept in self.data."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)  # a copy, also of a list

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrapped(other, UserList)

    def __le__(self, other):
        return self.data <= _unwrapped(other, UserList)

    def __eq__(self, other):
        return self.data == _unwrapped(other, UserList)

    def __gt__(self, other):
        return self.data > _unwrapped(other, UserList)

    def __ge__(self, other):
        return self.data >= _unwrapped(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return _rewrap(self, got) if isinstance(i, slice) else got

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return _rewrap(self, self.data + _as_list(other))

    def __radd__(self, other):
        return _rewrap(self, _as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_of(self, self.__dict__['data'][:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return _rewrap(self, self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))


class UserString(_Sequence):
    """A str kept in self.data; str methods that make strings return the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrapped(string, UserString)

    def __lt__(self, string):
        return self.data < _unwrapped(string, UserString)

    def __le__(self, string):
        return self.data <= _unwrapped(string, UserString)

    def __gt__(self, string):
        return self.data > _unwrapped(string, UserString)

    def __ge__(self, string):
        return self.data >= _unwrapped(string, UserString)

    def __contains__(self, char):
        return _unwrapped(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return _rewrap(self, self.data[index])

    def __add__(self, other):
        return _rewrap(self, self.data + _as_str(other))

    def __radd__(self, other):
        return _rewrap(self, _as_str(other) + self.data)

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _rewrap(self, self.data % args)

    def __rmod__(self, template):
        return _rewrap(self, str(template) % self)

    # methods with arguments, one by one
    def center(self, width, *args):
        return _rewrap(self, self.data.center(width, *args))

    def count(self, sub, start=0, end=_WHOLE):
        return self.data.count(_unwrapped(sub, UserString), start, end)

    def removeprefix(self, prefix, /):
        return _rewrap(self, self.data.removeprefix(_unwrapped(prefix, UserString)))

    def removesuffix(self, suffix, /):
        return _rewrap(self, self.data.removesuffix(_unwrapped(suffix, UserString)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def endswith(self, suffix, start=0, end=_WHOLE):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return _rewrap(self, self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_WHOLE):
        return self.data.find(_unwrapped(sub, UserString), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_WHOLE):
        return self.data.index(_unwrapped(sub, UserString), start, end)

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return _rewrap(self, self.data.ljust(width, *args))

    def lstrip(self, chars=None):
        return _rewrap(self, self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrapped(old, UserString), _unwrapped(new, UserString)
        return _rewrap(self, self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_WHOLE):
        return self.data.rfind(_unwrapped(sub, UserString), start, end)

    def rindex(self, sub, start=0, end=_WHOLE):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return _rewrap(self, self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return _rewrap(self, self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_WHOLE):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return _rewrap(self, self.data.strip(chars))

    def translate(self, *args):
        return _rewrap(self, self.data.translate(*args))

    def zfill(self, width):
        return _rewrap(self, self.data.zfill(width))


def _forward_str(name, wrap):
    # UserString.<name>(self): the str method of the same name on self.data; wrap:
    # the result (a str) comes back as the instance's class
    if wrap:
        def method(self):
            return _rewrap(self, getattr(self.data, name)())
    else:
        def method(self):
            return getattr(self.data, name)()
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    setattr(UserString, name, method)


for _name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
    _forward_str(_name, True)
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
    _forward_str(_name, False)
del _name


# The parts that are C in CPython add no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_from_tracebacks as _hide
except ImportError:
    pass
else:
    for _obj in (defaultdict, OrderedDict, _defaultdict_factory_repr, odict_iterator,
                 _odict_iter, odict_keys, odict_values, odict_items):
        _hide(_obj)
    del _hide, _obj


# C types in CPython: error messages name them with their module ('collections.OrderedDict')
try:
    import _pydive
    _pydive.set_tp_name(OrderedDict, 'collections.OrderedDict')
    _pydive.set_tp_name(defaultdict, 'collections.defaultdict')
    _pydive.set_immutable(OrderedDict, defaultdict, odict_iterator, odict_keys, odict_values,
                          odict_items)
    del _pydive
except ImportError:
    pass

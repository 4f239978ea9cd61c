"""The container ABCs of collections.abc (pydive's _collections_abc, pure Python).

Two ways make a class an instance of one of these ABCs: structurally, when the ABC's hook
finds the defining methods along the class's MRO (a method set to None opts out), or by
registration, which is how the builtin types (list, dict, their iterators and views, ...)
are members. The mixin methods give each container its derived operations.
"""

import sys
from abc import ABCMeta, abstractmethod

# The ABCs present themselves as members of collections.abc (their __module__).
__name__ = "collections.abc"

__all__ = """Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator Hashable Iterable
    Iterator Generator Reversible Sized Container Callable Collection Set MutableSet Mapping
    MutableMapping MappingView KeysView ItemsView ValuesView Sequence MutableSequence
    ByteString Buffer""".split()

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)
# Callable[...] is a plain generic alias in pydive
_CallableGenericAlias = GenericAlias


# --- the builtin types registered below, taken from live objects --------------------------

def _sample_types():
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    coro_type = type(c)
    c.close()  # never run: closing it avoids the "never awaited" warning
    return type(gen()), coro_type, type(agen())


generator, coroutine, async_generator = _sample_types()
del _sample_types

# the concrete types of some builtin iterators and views, under the names they have here
# in CPython too
globals().update((name, type(sample)) for name, sample in (
    ("bytes_iterator", iter(b"")), ("bytearray_iterator", iter(bytearray())),
    ("dict_keyiterator", iter({}.keys())), ("dict_valueiterator", iter({}.values())),
    ("dict_itemiterator", iter({}.items())), ("list_iterator", iter([])),
    ("list_reverseiterator", reversed([])), ("range_iterator", iter(range(0))),
    ("longrange_iterator", iter(range(2 ** 1000))), ("set_iterator", iter(set())),
    ("str_iterator", iter("")), ("tuple_iterator", iter(())), ("zip_iterator", zip()),
    ("dict_keys", {}.keys()), ("dict_values", {}.values()), ("dict_items", {}.items()),
    ("mappingproxy", type.__dict__)))


# --- structural recognition ---------------------------------------------------------------

def _check_methods(C, *methods):
    """True when C's MRO defines every one of methods (the nearest definition not being
    None); NotImplemented otherwise, so isinstance falls back to registration."""
    for name in methods:
        for klass in C.__mro__:
            namespace = klass.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _recognizes(*methods):
    # Class decorator: the ABC itself (not its subclasses, which keep the normal rules)
    # accepts any class defining methods.
    def decorate(abc_cls):
        def __subclasshook__(cls, C):
            if cls is not abc_cls:
                return NotImplemented
            return _check_methods(C, *methods)
        __subclasshook__.__qualname__ = abc_cls.__qualname__ + ".__subclasshook__"
        abc_cls.__subclasshook__ = classmethod(__subclasshook__)
        return abc_cls
    return decorate


def _generic(cls):
    # Class decorator: Name[args] makes a types.GenericAlias
    cls.__class_getitem__ = classmethod(GenericAlias)
    return cls


def _exception_to_throw(typ, val, tb):
    # the generator protocol's throw(typ[, val[, tb]]) argument forms, as one exception
    if val is None:
        if tb is None:
            return typ
        val = typ()
    return val if tb is None else val.with_traceback(tb)


# --- one-method ABCs ----------------------------------------------------------------------

@_recognizes("__hash__")
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_recognizes("__len__")
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_generic
@_recognizes("__contains__")
class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


@_generic
@_recognizes("__iter__")
class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield  # an empty generator


@_generic
@_recognizes("__call__")
class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


@_recognizes("__buffer__")
class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags: int, /) -> memoryview:
        raise NotImplementedError


@_generic
@_recognizes("__await__")
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        return
        yield


@_generic
@_recognizes("__aiter__")
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


# --- iterators and generators -------------------------------------------------------------

@_recognizes("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


@_recognizes("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


@_recognizes("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """next(g) is g.send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with value; give the next yielded value or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Resume by raising the given exception where the generator paused."""
        raise _exception_to_throw(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; yielding again instead of stopping is an error."""
        try:
            self.throw(GeneratorExit)
        except _FINISHED:
            return
        raise RuntimeError("generator ignored GeneratorExit")


# what close()/aclose() accept as "it stopped": the exception thrown in, or the end
_FINISHED = (GeneratorExit, StopIteration)
_ASYNC_FINISHED = (GeneratorExit, StopAsyncIteration)


@_recognizes("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with value; give the next yielded value or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Resume by raising the given exception where the coroutine paused."""
        raise _exception_to_throw(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; yielding again instead of stopping is an error."""
        try:
            self.throw(GeneratorExit)
        except _FINISHED:
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


@_recognizes("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Awaitable giving the next item, or raising StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_recognizes("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """Awaiting it is awaiting asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with value; give the next yielded value or raise StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Resume by raising the given exception where the generator paused."""
        raise _exception_to_throw(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit in; yielding again instead of stopping is an error."""
        try:
            await self.athrow(GeneratorExit)
        except _ASYNC_FINISHED:
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


@_recognizes("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


# --- sets ---------------------------------------------------------------------------------

def _is_sub(small, big):
    # every element of small is in big (sizes checked by the caller)
    return all(x in big for x in small)


def _relate(a, b, op):
    if not isinstance(b, Set):
        return NotImplemented
    na, nb = len(a), len(b)
    if op == "<=":
        return na <= nb and _is_sub(a, b)
    if op == ">=":
        return na >= nb and _is_sub(b, a)
    # the strict forms and == go through the (overridable) inclusion methods
    if op == "<":
        return na < nb and a.__le__(b)
    if op == ">":
        return na > nb and a.__ge__(b)
    return na == nb and a.__le__(b)


def _set_operand(s, other):
    # the other operand of -, ^: a Set as is, any other iterable made into one of s's kind
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


class Set(Collection):
    """A finite iterable container; subclasses give __contains__, __iter__ and __len__
    and get comparisons and the set operators (which build results with _from_iterable)."""

    __slots__ = ()

    # Order is inclusion; sizes are compared first as the cheap test.
    def __le__(self, other):
        return _relate(self, other, "<=")

    def __ge__(self, other):
        return _relate(self, other, ">=")

    def __lt__(self, other):
        return _relate(self, other, "<")

    def __gt__(self, other):
        return _relate(self, other, ">")

    def __eq__(self, other):
        return _relate(self, other, "==")

    @classmethod
    def _from_iterable(cls, it):
        """Make a result of the set operators; override when cls(iterable) does not work."""
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for part in (self, other) for x in part)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        only_mine, only_theirs = self - other, other - self
        return only_mine | only_theirs

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True when no element of other is in the set."""
        return not any(x in self for x in other)

    def _hash(self):
        """A hash equal to frozenset's for the same elements, for hashable Set types."""
        # frozenset's hash (setobject.c), on a machine word as wide as sys.maxsize
        bits = sys.maxsize.bit_length() + 1
        word = (1 << bits) - 1
        acc = (1927868237 * (len(self) + 1)) & word
        for item in self:
            x = hash(item)
            acc = (acc ^ ((x ^ (x << 16) ^ 89869747) * 3644798167)) & word
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & word
        if acc >> (bits - 1):  # the top bit set: a negative C integer
            acc -= 1 << bits
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that add() and discard() change; the other mutators derive from them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take some element out and return it; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Pop until empty (one new iterator per element)."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        others = it if isinstance(it, Set) else self._from_iterable(it)
        for x in others:
            (self.discard if x in self else self.add)(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


# --- mappings and their views -------------------------------------------------------------

class Mapping(Collection):
    """Read-only key/value container from __getitem__, __iter__ and __len__."""

    __slots__ = ()

    # Py_TPFLAGS_MAPPING: a match statement's mapping patterns accept subclasses
    __abc_tpflags__ = 1 << 6

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when the key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        mine, theirs = dict(self.items()), dict(other.items())
        return mine == theirs

    # not reversible unless a subclass says how
    __reversed__ = None


@_generic
class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


def _same(a, b):
    # containment's identity-then-equality test
    return a is b or a == b


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield (key, m[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that __setitem__ and __delitem__ change; pop, update & co. derive from them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; default (KeyError if none given) when absent."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return the first (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Pop items until empty."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set the pairs of other (a mapping, a .keys() object or pairs), then the keywords."""
        is_mapping = isinstance(other, Mapping)
        if is_mapping or hasattr(other, "keys"):
            keys = other if is_mapping else other.keys()
            pairs = ((k, other[k]) for k in keys)
        else:
            pairs = other
        for k, v in pairs:
            self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def setdefault(self, key, default=None):
        """self[key]; when missing, store default under key first."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# --- sequences ----------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only indexable container from __getitem__ and __len__."""

    __slots__ = ()

    # Py_TPFLAGS_SEQUENCE: a match statement's sequence patterns accept subclasses
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # indexes upward until the sequence raises IndexError (len() is not consulted)
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in [start, stop); ValueError when absent."""
        # negative bounds count from the end (len() is only asked for then)
        if (start or 0) < 0:
            start = max(0, start + len(self))
        if (stop or 0) < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items equal value."""
        n = 0
        for v in self:
            if _same(v, value):
                n += 1
        return n


_BYTESTRING_GOING = ("'collections.abc.ByteString' is deprecated and slated for "
                     "removal in Python 3.14")


class _DeprecateByteStringMeta(ABCMeta):
    # subclassing ByteString or an isinstance() check against it warns
    def __new__(cls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            import warnings
            warnings.warn(_BYTESTRING_GOING, DeprecationWarning, stacklevel=2)
        return ABCMeta.__new__(cls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        import warnings
        warnings.warn(_BYTESTRING_GOING, DeprecationWarning, stacklevel=2)
        return ABCMeta.__instancecheck__(cls, instance)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """Deprecated: bytes and bytearray together."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence changed through __setitem__, __delitem__ and insert()."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Pop items until empty."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        last = len(self) - 1
        for i in range((last + 1) // 2):
            j = last - i
            self[i], self[j] = self[j], self[i]

    def extend(self, values):
        """Append every item of values."""
        if values is self:
            values = list(values)  # a snapshot: appending to self while iterating it
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove the item at index (the last by default) and return it."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Delete the first item equal to value; ValueError when absent."""
        found = self.index(value)
        del self[found]

    def __iadd__(self, values):
        self.extend(values)
        return self


# the builtin types each ABC counts as its virtual subclasses
for _abc, _members in (
        (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
                    dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
                    longrange_iterator, set_iterator, str_iterator, tuple_iterator,
                    zip_iterator)),
        (Generator, (generator,)), (Coroutine, (coroutine,)),
        (AsyncGenerator, (async_generator,)),
        (Set, (frozenset,)), (MutableSet, (set,)),
        (Mapping, (mappingproxy,)), (MutableMapping, (dict,)),
        (KeysView, (dict_keys,)), (ItemsView, (dict_items,)), (ValuesView, (dict_values,)),
        (Sequence, (tuple, str, range, memoryview)), (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray)),
        # CPython's bytes-like types have __buffer__; pydive's do not (yet)
        (Buffer, (bytes, bytearray, memoryview))):
    for _t in _members:
        _abc.register(_t)
del _abc, _members, _t

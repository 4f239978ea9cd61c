"""Functional tools for creating and using iterators (pydive's itertools, pure Python).

Each tool is a class, as in CPython (so isinstance() and type names match); most keep
their state in a private generator that __next__ advances.
"""

import sys as _sys
try:
    # object.__new__ refuses the C types pydive writes in Python; their __new__ uses this
    from _pydive import alloc as _alloc
except ImportError:
    _alloc = object.__new__

__all__ = ["accumulate", "batched", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]


class _GenIter:
    __slots__ = ("_gen",)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__name__}' object")


def _as_index(value, message):
    if value is None:
        return None
    try:
        value = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    return value


class count(_GenIter):
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ("_next", "_step")

    def __new__(cls, start=0, step=1):
        self = _alloc(cls)
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._next = start
        self._step = step
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return "%s(%r)" % (type(self).__name__, self._next)
        return "%s(%r, %r)" % (type(self).__name__, self._next, self._step)


class cycle(_GenIter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __new__(cls, iterable, /, **_kw):
        if _kw and (cls is cycle or cls.__init__ is object.__init__):
            raise TypeError("cycle() takes no keyword arguments")
        self = _alloc(cls)
        self._gen = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            yield from saved


class repeat(_GenIter):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ("_obj", "_times")

    def __new__(cls, object, times=None):
        self = _alloc(cls)
        self._obj = object
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            times = max(times, 0)
        self._times = times
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "%s(%r)" % (type(self).__name__, self._obj)
        return "%s(%r, %d)" % (type(self).__name__, self._obj, self._times)


class accumulate(_GenIter):
    """Return series of accumulated sums (or other binary function results)."""

    def __new__(cls, iterable, func=None, *, initial=None):
        self = _alloc(cls)
        self._gen = self._run(iter(iterable), func, initial)
        return self

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class batched(_GenIter):
    """Batch data into tuples of length n. The last batch may be shorter."""

    def __new__(cls, iterable, n):
        self = _alloc(cls)
        if not isinstance(n, int):
            n = n.__index__()
        if n < 1:
            raise ValueError("n must be at least one")
        self._gen = self._run(iter(iterable), n)
        return self

    @staticmethod
    def _run(it, n):
        while True:
            batch = tuple(islice(it, n))
            if not batch:
                return
            yield batch


class chain(_GenIter):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __new__(cls, *iterables, **_kw):
        if _kw and (cls is chain or cls.__init__ is object.__init__):
            raise TypeError("chain() takes no keyword arguments")
        self = _alloc(cls)
        self._gen = self._run(iter(iterables))
        return self

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = _alloc(cls)
        self._gen = cls._run(iter(iterable))
        return self

    __class_getitem__ = classmethod(type(list[int]))


class compress(_GenIter):
    """Return data elements corresponding to true selector elements."""

    def __new__(cls, data, selectors):
        self = _alloc(cls)
        self._gen = (d for d, s in zip(data, selectors) if s)
        return self


class dropwhile(_GenIter):
    """Drop items from the iterable while predicate(item) is true."""

    def __new__(cls, predicate, iterable, /, **_kw):
        if _kw and (cls is dropwhile or cls.__init__ is object.__init__):
            raise TypeError("dropwhile() takes no keyword arguments")
        self = _alloc(cls)
        self._gen = self._run(predicate, iter(iterable))
        return self

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class filterfalse(_GenIter):
    """Return those items of iterable for which function(item) is false."""

    def __new__(cls, function, iterable, /, **_kw):
        if _kw and (cls is filterfalse or cls.__init__ is object.__init__):
            raise TypeError("filterfalse() takes no keyword arguments")
        self = _alloc(cls)
        if function is None:
            function = bool
        self._gen = (x for x in iter(iterable) if not function(x))
        return self


class takewhile(_GenIter):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __new__(cls, predicate, iterable, /, **_kw):
        if _kw and (cls is takewhile or cls.__init__ is object.__init__):
            raise TypeError("takewhile() takes no keyword arguments")
        self = _alloc(cls)
        self._gen = self._run(predicate, iter(iterable))
        return self

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class starmap(_GenIter):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __new__(cls, function, iterable, /, **_kw):
        if _kw and (cls is starmap or cls.__init__ is object.__init__):
            raise TypeError("starmap() takes no keyword arguments")
        self = _alloc(cls)
        self._gen = (function(*args) for args in iter(iterable))
        return self


class pairwise(_GenIter):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __new__(cls, iterable, /, **_kw):
        if _kw and (cls is pairwise or cls.__init__ is object.__init__):
            raise TypeError("pairwise() takes no keyword arguments")
        self = _alloc(cls)
        self._gen = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class islice(_GenIter):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __new__(cls, iterable, *args, **_kw):
        if _kw and (cls is islice or cls.__init__ is object.__init__):
            raise TypeError("islice() takes no keyword arguments")
        self = _alloc(cls)
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) == 2:
            (start, stop), step = args, None
        else:
            start, stop, step = args
        if len(args) == 1:
            stop_message = ("Stop argument for islice() must be None or an "
                            "integer: 0 <= x <= sys.maxsize.")
        else:
            stop_message = ("Indices for islice() must be None or an "
                            "integer: 0 <= x <= sys.maxsize.")
        stop = _as_index(stop, stop_message)
        if stop is not None and stop < 0:
            raise ValueError(stop_message)
        start = _as_index(start, "Indices for islice() must be None or an "
                                 "integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        if start < 0:
            raise ValueError("Indices for islice() must be None or an "
                             "integer: 0 <= x <= sys.maxsize.")
        step = _as_index(step, "Step for islice() must be a positive integer or None.")
        if step is None:
            step = 1
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._gen = self._run(iter(iterable), start, stop, step)
        return self

    @staticmethod
    def _run(it, start, stop, step):
        # CPython's state machine: skip up to the next wanted index, stop at `stop`.
        cnt = 0
        wanted = start
        while True:
            while cnt < wanted:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item


class zip_longest(_GenIter):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument; missing values are
    replaced by fillvalue."""

    def __new__(cls, *iterables, fillvalue=None):
        self = _alloc(cls)
        self._gen = self._run([iter(it) for it in iterables], fillvalue)
        return self

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_GenIter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __new__(cls, *iterables, repeat=1):
        self = _alloc(cls)
        if not isinstance(repeat, int):
            repeat = repeat.__index__()
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)
        return self

    @staticmethod
    def _run(pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)


class permutations(_GenIter):
    """Return successive r-length permutations of elements in the iterable."""

    def __new__(cls, iterable, r=None):
        self = _alloc(cls)
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(pool, n, r)
        return self

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GenIter):
    """Return successive r-length combinations of elements in the iterable."""

    def __new__(cls, iterable, r):
        self = _alloc(cls)
        if not isinstance(r, int):
            r = r.__index__()
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    def __new__(cls, iterable, r):
        self = _alloc(cls)
        if not isinstance(r, int):
            r = r.__index__()
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(tuple(iterable), r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class groupby(_GenIter):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_id")

    def __new__(cls, iterable, key=None):
        self = _alloc(cls)
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _START
        self._id = None
        return self

    def __next__(self):
        self._id = object()  # groups handed out earlier stop yielding
        while self._currkey is _START or (
                self._tgtkey is not _START and self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            self._currkey = (self._currvalue if self._keyfunc is None
                             else self._keyfunc(self._currvalue))
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


_START = object()


class _grouper(_GenIter):
    __slots__ = ()

    def __init__(self, parent, tgtkey):
        self._gen = self._run(parent, tgtkey, parent._id)

    @staticmethod
    def _run(parent, tgtkey, gid):
        while parent._id is gid and parent._currkey == tgtkey:
            yield parent._currvalue
            try:
                parent._currvalue = next(parent._it)
            except StopIteration:
                return
            parent._currkey = (parent._currvalue if parent._keyfunc is None
                               else parent._keyfunc(parent._currvalue))


class _tee_dataobject:
    # Values shared by all the tee iterators, appended as the fastest one reads.
    __slots__ = ("it", "values", "start")

    def __init__(self, it):
        self.it = it
        self.values = []
        self.start = 0


class _tee(_GenIter):
    """Iterator wrapped to make it copyable."""
    __slots__ = ("_data", "_index")

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_dataobject(it)
            self._index = 0

    def __next__(self):
        data = self._data
        if self._index < len(data.values):
            value = data.values[self._index]
        else:
            value = next(data.it)
            data.values.append(value)
        self._index += 1
        return value

    def __copy__(self):
        new = _alloc(_tee)
        new._data = self._data
        new._index = self._index
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        n = n.__index__()
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if not isinstance(it, _tee):
        first = _tee(it)
    else:
        first = it.__copy__()
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


for _cls in (count, cycle, repeat, accumulate, batched, chain, compress, dropwhile,
             filterfalse, takewhile, starmap, pairwise, islice, zip_longest, product,
             permutations, combinations, combinations_with_replacement, groupby,
             _grouper, _tee):
    _cls.__module__ = "itertools"
del _cls


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module


# C types in CPython: error messages name them 'itertools.count' and so on
try:
    import _pydive
    for _name, _obj in list(globals().items()):
        if isinstance(_obj, type) and not _name.startswith('_') and _obj.__module__ == __name__:
            _pydive.set_tp_name(_obj, 'itertools.' + _obj.__name__)
            _pydive.set_immutable(_obj)
    del _pydive, _name, _obj
except ImportError:
    pass

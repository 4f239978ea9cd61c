"""Binary search in sorted sequences, and insertion that keeps them sorted (pydive's
bisect; same results and errors as CPython's _bisect).

With key=, key is applied to the elements of the sequence only: x must already be a
key (insort_* apply key to the item they insert themselves)."""


def _as_index(n):
    # what the C module's Py_ssize_t arguments accept: ints and objects with __index__
    if isinstance(n, int):
        return n
    convert = getattr(type(n), '__index__', None)
    if convert is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return convert(n)


def _search(a, x, lo, hi, key, after_equal):
    # Halve [lo, hi) until it is empty. after_equal: equal elements stay left of the answer.
    lo = _as_index(lo)
    if hi is None:
        hi = -1
    elif isinstance(hi, int) or hasattr(type(hi), '__index__'):
        hi = _as_index(hi)
    else:
        raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:  # the C module's "no hi given", even when -1 is passed explicitly
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if after_equal:
            go_left = x < probe
        else:
            go_left = not (probe < x)
        if go_left:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The first index i in a[lo:hi] with x <= a[i] (or hi): where x goes before equals."""
    return _search(a, x, lo, hi, key, False)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The first index i in a[lo:hi] with x < a[i] (or hi): where x goes after equals."""
    return _search(a, x, lo, hi, key, True)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """a.insert(x) before any items equal to it, keeping sorted a sorted."""
    where = _search(a, x if key is None else key(x), lo, hi, key, False)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """a.insert(x) after any items equal to it, keeping sorted a sorted."""
    where = _search(a, x if key is None else key(x), lo, hi, key, True)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module

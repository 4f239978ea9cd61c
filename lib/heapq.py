"""Binary min-heaps kept in plain lists (pydive's heapq).

heap[0] is the smallest item and heap[i] <= heap[2*i+1], heap[2*i+2] for every i.
The items move exactly as in CPython's _heapq (the same comparisons, in the same
order), so a heap prints the same and equal items keep CPython's relative order
(asyncio's timer queue relies on that).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, func, arg="argument 1"):
    # the C module's argument check and wording ("argument" when there is only one)
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{func}() {arg} must be list, not {got}")


# ---- moving one item; the _max twins mirror every comparison

def _rise(heap, stop, i):
    # Carry heap[i] up towards index stop while it is smaller than its parent.
    item = heap[i]
    while i > stop:
        up = (i - 1) >> 1
        parent = heap[up]
        if not item < parent:
            break
        heap[i] = parent
        i = up
    heap[i] = item


def _sink(heap, i):
    # Bottom-up sifting: pull the smaller child into the hole all the way down to a
    # leaf, drop the item there and let it rise back (fewer comparisons on average).
    size = len(heap)
    start = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        if child + 1 < size and not heap[child] < heap[child + 1]:
            child += 1
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _rise(heap, start, i)


def _rise_max(heap, stop, i):
    item = heap[i]
    while i > stop:
        up = (i - 1) >> 1
        parent = heap[up]
        if not parent < item:
            break
        heap[i] = parent
        i = up
    heap[i] = item


def _sink_max(heap, i):
    size = len(heap)
    start = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        if child + 1 < size and not heap[child + 1] < heap[child]:
            child += 1
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _rise_max(heap, start, i)


# ---- the public operations

def heappush(heap, item, /):
    """Add item to heap."""
    _need_list(heap, "heappush")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item of heap."""
    _need_list(heap, "heappop", "argument")
    return _take_top(heap, _sink)


def heapreplace(heap, item, /):
    """Remove and return the smallest item, then add item (the heap never shrinks,
    so the result may be larger than item)."""
    _need_list(heap, "heapreplace")
    return _swap_top(heap, item, _sink)


def heappushpop(heap, item, /):
    """Add item, then remove and return the smallest (item itself if it is smallest)."""
    _need_list(heap, "heappushpop")
    if not heap or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(heap, /):
    """Rearrange the list heap into a heap, in place, in linear time."""
    _need_list(heap, "heapify", "argument")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, i)


def _take_top(heap, sink):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    sink(heap, 0)
    return top


def _swap_top(heap, item, sink):
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    sink(heap, 0)
    return top


# max-heap versions (the largest item on top), for merge(reverse=True) and nsmallest
def _heapify_max(heap, /):
    _need_list(heap, "_heapify_max", "argument")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, i)


def _heappop_max(heap, /):
    _need_list(heap, "_heappop_max", "argument")
    return _take_top(heap, _sink_max)


def _heapreplace_max(heap, item, /):
    _need_list(heap, "_heapreplace_max")
    return _swap_top(heap, item, _sink_max)


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted iterables into one sorted stream.

    Ties come out in the order of the iterables they came from; with reverse=True
    the inputs must be sorted largest first. key works as in sorted().
    """
    if reverse:
        build, drop, swap, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, swap, sign = heapify, heappop, heapreplace, 1
    # one entry per unfinished input: [sort key, tie-breaker, current value, iterator]
    heads = []
    for n, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heads.append([value if key is None else key(value), n * sign, value, it])
            break
    build(heads)
    while len(heads) > 1:
        head = heads[0]
        yield head[2]
        # the next value of the same input is read only after its predecessor was yielded
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            swap(heads, head)
            break
        else:
            drop(heads)
    if heads:
        last = heads[0]
        yield last[2]
        yield from last[3]


def _best(n, iterable, key, largest):
    """nsmallest/nlargest: the n first items of sorted(iterable, key=key,
    reverse=largest), by one pass keeping the n best so far in a heap whose top is the
    worst of them."""
    if n == 1:
        # a single pass of min()/max() makes the same comparisons as CPython
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # entries (sort key, arrival number, item); arrival numbers count down for nlargest
    # so that, sorted in reverse, equal keys still keep their arrival order
    step = -1 if largest else 1
    it = iter(iterable)
    kept = [(item if key is None else key(item), i * step, item)
            for i, item in zip(range(n), it)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        replace = heapreplace
    else:
        _heapify_max(kept)
        replace = _heapreplace_max
    worst = kept[0][0]
    count = n * step
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(kept, (k, count, item))
            worst = kept[0][0]
            count += step
    kept.sort(reverse=largest)
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first: sorted(iterable, key=key)[:n]."""
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first: sorted(iterable, key=key, reverse=True)[:n]."""
    return _best(n, iterable, key, True)


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals(), exclude=('merge', 'nsmallest', 'nlargest'))
    del _hide_module

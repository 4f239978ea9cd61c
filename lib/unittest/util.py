"""Helpers shared by the unittest modules: short reprs for failure messages and the element
count differences assertCountEqual reports."""

from collections import Counter, namedtuple
from os.path import commonprefix

__unittest = True

# A repr pair longer than this is shortened around the first difference.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12      # room taken by "[NN chars]"
_MIN_BEGIN_LEN = 5         # kept at the start of a shortened common prefix
_MIN_END_LEN = 5           # kept at the end of a shortened tail
_MIN_COMMON_LEN = 5        # kept of the common prefix before the differing part
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(text, keep_head, keep_tail):
    dropped = len(text) - keep_head - keep_tail
    if dropped <= _PLACEHOLDER_LEN:
        return text
    return f"{text[:keep_head]}[{dropped} chars]{text[len(text) - keep_tail:]}"


def _common_shorten_repr(*objects):
    """The reprs of `objects`, cut to about 80 characters each so that where they start to
    differ stays visible."""
    reprs = tuple(safe_repr(o) for o in objects)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    head = commonprefix(reprs)
    cut = len(head)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        # the differing tails fit: only the shared head is shortened
        head = _shorten(head, _MIN_BEGIN_LEN, room)
        return tuple(head + r[cut:] for r in reprs)
    head = _shorten(head, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def sorted_list_difference(expected, actual):
    """(items only in `expected`, items only in `actual`) for two sorted lists; repeated
    items count once."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered (quadratic); consumes
    both lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """Mismatch(count in actual, count in expected, item) for each item whose counts differ,
    for items that need not be hashable: first in actual's order, then expected's rest."""
    gone = object()
    left, right = list(actual), list(expected)
    found = []
    for i, item in enumerate(left):
        if item is gone:
            continue
        in_left = 0
        for k in range(i, len(left)):
            if left[k] == item:
                in_left += 1
                left[k] = gone
        in_right = 0
        for k, other in enumerate(right):
            if other == item:
                in_right += 1
                right[k] = gone
        if in_left != in_right:
            found.append(_Mismatch(in_left, in_right, item))
    for i, item in enumerate(right):
        if item is gone:
            continue
        count = 0
        for k in range(i, len(right)):
            if right[k] == item:
                count += 1
                right[k] = gone
        found.append(_Mismatch(0, count, item))
    return found


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose for hashable items, by counting."""
    have, want = Counter(actual), Counter(expected)
    found = [_Mismatch(n, want.get(item, 0), item)
             for item, n in have.items() if want.get(item, 0) != n]
    found.extend(_Mismatch(0, n, item) for item, n in want.items() if item not in have)
    return found

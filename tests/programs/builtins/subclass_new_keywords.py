# Subclasses of builtin types and of itertools' types: which constructors take keyword
# arguments, and which leave them to a subclass's own __init__ (CPython's tp_new refuses
# keywords only for the type itself or a subclass that keeps the type's __init__).
import itertools
import operator
from itertools import (chain, compress, cycle, dropwhile, filterfalse, islice, repeat,
                       starmap, takewhile)


def is_even(x):
    return x % 2 == 0


for base, args in ((map, (str, [1, 2])), (filter, (None, [0, 1])), (tuple, ([1, 2],)),
                   (frozenset, ([1],)), (float, ('1.5',)), (zip, ([1], [2]))):
    class WithInit(base):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    class Plain(base):
        pass

    try:
        u = WithInit(*args, newarg=3)
        print(base.__name__, 'init', u.newarg, float(u) if base is float else sorted(u))
    except TypeError as e:
        print(base.__name__, 'init TypeError:', e)
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print(base.__name__, 'plain TypeError:', e)

cases = [
    (repeat, (1, 2), [1, 1]),
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (is_even, [2, 3, 4]), [2]),
    (dropwhile, (is_even, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (compress, ('ABC', [1, 0, 1]), ['A', 'C']),
]
for cls, args, result in cases:
    class sub(cls):
        pass

    u = sub(*args)
    print(cls.__name__, type(u) is sub, list(islice(u, 0, 3)) == result)
    if cls not in (repeat, compress):
        try:
            sub(*args, newarg=3)
        except TypeError as e:
            print('  TypeError:', e)

        class with_init(cls):
            def __init__(self, *args, newarg=None):
                self.newarg = newarg

        w = with_init(*args, newarg=3)
        print('  with __init__:', list(islice(w, 0, 3)) == result, w.newarg)

    class with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self

    n = with_new(*args, newarg=4)
    print('  with __new__:', type(n) is with_new, list(islice(n, 0, 3)) == result, n.newarg)

c = itertools.count(5)
print(next(c), next(c), repr(c))
print(list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.combinations(range(4), r=2)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')])

# The native iterators step by step: enumerate, zip, dict items, map, filter, reversed and
# iter(callable, sentinel) as `for` loops and next() see them, with CPython's exact effects:
# the last result tuple of enumerate/zip kept (and reused) until the next step, zip asking
# its iterators again after the end, strict=True messages, errors raised inside map
# functions, the sentinel compared first.


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('  del', self.n)


def gen(k):
    for n in range(k):
        yield D(n)


print('enumerate')
for i, x in enumerate(gen(3)):
    del x
    print('  body', i)
print('zip')
for a, b in zip(gen(3), range(3)):
    del a
    print('  body', b)
print('zip of three, held')
kept = []
for t in zip(gen(2), 'ab', [10, 20]):
    kept.append(t)
print(' ', [(x.n, c, k) for x, c, k in kept])
del kept, t
print('enumerate, held')
e = enumerate('xyz', start=5)
first = next(e)
second = next(e)
print(' ', first, second, first is second, list(e))

# enumerate's index past sys.maxsize, and a bigint start
import sys
e = enumerate('abc', sys.maxsize - 1)
print(list(e))
print(list(enumerate('ab', 10 ** 20)), list(enumerate('ab', -3)))
class Index:
    def __index__(self):
        return 7


print(list(enumerate('ab', True)), list(enumerate('ab', Index())))
for args in (('ab', 1.5), (5, 1.5), (5, 1)):
    try:
        enumerate(*args)
    except TypeError as e:
        print('TypeError', e)

# zip is not exhausted: another next() asks the iterators again
a, b = iter([1, 2, 3, 4]), iter([1])
z = zip(a, b)
print(list(z), next(z, 'end'), list(a))
a, b = iter([1, 2, 3, 4]), iter([1])
z = zip(b, a)
print(list(z), next(z, 'end'), list(a))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2]),
             ([], [], [])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError', e)
print(list(zip()), list(zip('ab')))

# dict and set iterators
d = {'a': 1, 'b': 2}
items = list(d.items())
print(items, items[0] is items[1], [k for k in d], [v for v in d.values()])
for k, v in d.items():
    print(' ', k, v)
try:
    for k, v in d.items():
        d['c'] = 3
except RuntimeError as e:
    print('RuntimeError', e)
it = iter({1, 2})
s = set(it)
print(sorted(s), next(it, 'done'))

# map: the function's error comes out of the loop with the function's frame
def half(x):
    return 10 // x


print(list(map(half, [1, 2, 5])), list(map(pow, [2, 3], [3, 2], [5])))
try:
    for v in map(half, [5, 0, 2]):
        print(' ', v)
except ZeroDivisionError as e:
    import traceback
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x % 2, range(6))))

# reversed: lists, tuples, strings (non-ASCII too), ranges, and a class's sequence protocol
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed('h\xe9llo \u20ac!')))
print(list(reversed(range(0, 10, 3))), ''.join(reversed('ab' * 5000))[:6])
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), list(r))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(reversed(Seq())), list(iter(Seq())), [x for x in Seq()])

# iter(callable, sentinel): the sentinel's __eq__ is asked, and the end is final
class Sentinel:
    def __eq__(self, other):
        print('  Sentinel.__eq__', other)
        return other == 3


class Value:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  Value.__eq__')
        return NotImplemented

    def __repr__(self):
        return 'Value(%d)' % self.v


count = iter(range(10)).__next__
print(list(iter(count, Sentinel())))
vals = iter([Value(1), Value(2)]).__next__
try:
    print(list(iter(vals, Sentinel())))
except AttributeError as e:
    print('AttributeError', e)
calls = []
def ticker():
    calls.append(1)
    if len(calls) == 3:
        raise StopIteration
    return len(calls)


t = iter(ticker, None)
print(list(t), list(t), len(calls))
print([line for line in iter(['a\n', 'b\n', ''].pop, 'a\n')])

# the iterator builtins over each other and over generators
print(list(enumerate(zip(map(str, range(3)), reversed('abc')))))
print(dict(zip('abc', range(3))), list(map(lambda kv: kv[0] * kv[1], {'x': 2, 'y': 3}.items())))
g = (x * x for x in range(4))
print(list(zip(g, g)))

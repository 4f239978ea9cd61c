# Subclasses of the builtin iterator types: __new__ makes the iterator the instance wraps,
# an __init__ of the subclass sees the same arguments, super().__new__ works.
import operator


class Z(zip):
    pass


class Pairs(zip):
    def __init__(self, *args, label=None):
        self.label = label


class Squares(map):
    def __new__(cls, it):
        self = super().__new__(cls, lambda x: x * x, it)
        self.source = it
        return self


class Evens(filter):
    def __init__(self, pred, it):
        self.count = 0

    def __next__(self):
        self.count += 1
        return super().__next__()


class Numbered(enumerate):
    def __new__(cls, it, start=1):
        return super().__new__(cls, it, start)


class Backwards(reversed):
    pass


z = Z([1, 2, 3], 'abc')
print(type(z).__name__, isinstance(z, zip), iter(z) is z)
print(next(z), list(z))

try:
    Pairs([1, 2], 'ab', label='x')
except TypeError as e:
    print('TypeError:', e)

try:
    Z([1], strict=True, extra=1)
except TypeError as e:
    print('TypeError:', e)

print(list(Z([1, 2, 3], 'ab', strict=False)))
try:
    list(Z([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)

s = Squares(range(5))
print(list(s), s.source)

e = Evens(lambda n: n % 2 == 0, range(10))
print(list(e), e.count)

print(list(Numbered('abc')))
print(list(Numbered('xy', 10)))
print(list(Backwards([1, 2, 3])))
print(list(Backwards('abc')))

try:
    Evens(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)

try:
    Squares()
except TypeError as e:
    print('TypeError:', e)

m = map(operator.add, [1, 2], [10, 20])
print(list(m))
print(issubclass(Squares, map), Squares.__mro__[1] is map)

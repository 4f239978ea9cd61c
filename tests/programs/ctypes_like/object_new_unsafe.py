# object.__new__ of a C type (or of a Python subclass inheriting its __new__) is refused:
# the instance would miss the C type's state.
import array
import collections
import functools
import io
import itertools


class A(collections.deque):
    pass


class B(A):
    def __new__(cls):
        return object.__new__(cls)


class F(functools.partial):
    pass


for cls in (collections.deque, collections.OrderedDict, collections.defaultdict,
            functools.partial, A, B, F, int):
    try:
        object.__new__(cls)
        print("made", cls.__name__)
    except TypeError as e:
        print(e)

try:
    B()
except TypeError as e:
    print(e)

# the classes themselves, their subclasses and copies still work
print(collections.deque([1, 2]), A([3]), F(max, 1)(2))
print(functools.partial(max, 1)(5), itertools.chain.from_iterable([[1], [2]]).__next__())
import copy
print(copy.copy(functools.partial(max, 1))(0), copy.deepcopy(collections.OrderedDict(a=1)))
import datetime
print(datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=1)))


class Z(datetime.tzinfo):
    def __new__(cls):
        return super().__new__(cls)


print(type(Z()).__name__)

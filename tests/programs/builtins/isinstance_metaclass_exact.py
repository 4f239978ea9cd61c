# isinstance skips the metaclass's __instancecheck__ only when type(obj) is exactly cls;
# repr(types.UnionType); timedelta days beyond a C int.
import abc
import collections.abc
import datetime
import types
from typing import Protocol


class P(Protocol):
    def m(self): ...


class Sub(P):
    pass


print(isinstance(Sub(), Sub))
try:
    isinstance(Sub(), P)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    calls = 0

    def __instancecheck__(cls, obj):
        Meta.calls += 1
        return "yes" if type(obj).__name__ != "Other" else 0


class Base(metaclass=Meta):
    pass


class Derived(Base):
    pass


class Other:
    pass


print(isinstance(Base(), Base), Meta.calls)
print(isinstance(Derived(), Base), Meta.calls)
print(isinstance(Other(), Base), Meta.calls)


class D(dict):
    pass


class A(abc.ABC):
    pass


class B(A):
    pass


print(isinstance(D(), collections.abc.Mapping), isinstance(B(), A), isinstance(A, abc.ABCMeta))
print(repr(types.UnionType), repr(int | str), type(int | None))
for days in (2**31 - 1, 2**31, -2**31, -2**31 - 1, 10**30, 999999999):
    try:
        print(datetime.timedelta(days=days))
    except OverflowError as e:
        print("OverflowError:", e)

# typing at run time: NewType is a class (repr, |, subclassing error), Generic[...] and
# Protocol[...] take unique type variables only, TypeVarTuple counts as a parameter.
from typing import (NewType, Generic, Protocol, TypeVar, TypeVarTuple, ParamSpec, Unpack,
                    get_type_hints, Optional)

UserId = NewType('UserId', int)
print(UserId, repr(UserId), type(UserId), UserId(5), UserId.__name__, UserId.__qualname__)
print(UserId.__module__, UserId.__supertype__, callable(UserId))
print(UserId | None, int | UserId, Optional[UserId])
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)
Nested = NewType('pkg.mod.Nested', UserId)
print(Nested, Nested.__name__, Nested(3), Nested.__supertype__)


def lookup(uid: UserId, default: Optional[Nested] = None) -> Nested:
    return default


print(get_type_hints(lookup))

T = TypeVar('T')
Ts = TypeVarTuple('Ts')
P = ParamSpec('P')
for args in [(int,), (T, T), (), (T, Unpack[Ts], P), (T, *Ts), (T, 'str'), (P,)]:
    for base in (Generic, Protocol):
        try:
            print(base[args])
        except TypeError as e:
            print(type(e).__name__, e)


class Row(Generic[T, *Ts]):
    pass


print(Row.__parameters__, Row[int], Row[int, str, float])


class Shape(Generic[*Ts]):
    pass


print(Shape.__parameters__, Shape[int, str], Shape[()])


class New[X, *Y, **Z]:
    pass


print(New.__type_params__, New.__parameters__)
print(tuple[int, *Ts].__parameters__, Unpack[Ts].__parameters__)

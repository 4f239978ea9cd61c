# PEP 695 objects: type parameters of functions, classes and aliases, lazy bounds,
# constraints, and the reprs of X | Y unions.
import collections


def f[T: int, *Ts, **P](x: T) -> T:
    return x


print(f.__type_params__, [type(t).__name__ for t in f.__type_params__])
print(f.__type_params__[0].__bound__, f.__type_params__[0].__constraints__)
print(f.__type_params__[0].__module__, f(7))


class C[K: (str, bytes)]:
    def get(self) -> K:
        return "k"


print(C.__type_params__[0].__constraints__, C.__mro__, C().get())


class Node[T: Node]:  # the bound names the class itself: evaluated lazily
    pass


print(Node.__type_params__[0].__bound__ is Node)

type L[T] = list[T]
print(L, L.__type_params__, L.__value__, L.__name__, type(L).__name__)
type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = int
print(Later.__value__)

print(int | str, repr(int | None), None | int, int | collections.OrderedDict)
print((int | str).__args__, type(int | str).__name__)

# PEP 695 type aliases and generics, PEP 701 f-strings (3.12 syntax); calling an alias
# names the C type typing.TypeAliasType.
type Point = tuple[float, float]
type Tree[T] = T | list[Tree[T]]
print(Point, type(Point).__name__, Point.__value__, Tree.__type_params__, Tree.__value__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__annotations__)
class Box[T]:
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
    def __repr__(self): return f"Box({self.v!r})"
print(Box(1), Box.__type_params__, Box[int], Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None, Box.__mro__)
class Pair[K, V: (int, str), *Ts, **P]:
    pass
print(Pair.__type_params__, [type(p).__name__ for p in Pair.__type_params__], Pair.__type_params__[1].__constraints__)
def bounded[N: int](x: N) -> N: return x
print(bounded.__type_params__[0].__bound__)
songs = ["a", "b"]
print(f"{'\n'.join(songs)}", f"{songs[0]!r:>{len(songs) + 3}}", f"{"nested" + f'{1 + 1}'}")
x = 5
print(f"{
    x   # a comment inside
    * 2
}")
print(f"{x:{'>' if x else '<'}{10}}", f"{'\\'}", f"{x!r}{x!s}", f"{{}}{x}{{")
import typing
print(typing.get_type_hints(first), Point.__name__, repr(Tree))
try:
    Point()
except TypeError as e: print(e)
print(isinstance(Box(1), Box), Box[int](2), type(Box[int]).__name__)
def outer():
    type Local = list[int]
    return Local
print(outer(), outer().__value__)
class C:
    type Alias = int
    def m[U](self, u: U) -> U: return u
print(C.Alias, C().m(3), C.m.__type_params__)

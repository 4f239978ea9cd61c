# typing: aliases and their reprs, TypeVar/Generic, NamedTuple, TypedDict, Protocol, get_type_hints/get_origin/get_args
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, Iterable, Iterator, cast, get_type_hints,
                    get_origin, get_args, overload, runtime_checkable, ClassVar, Final, Sequence, Set)
import typing
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(Union[int, None] == Optional[int], Union[int], Any, Literal["a", 1], typing.Type[int], Sequence[str], Set)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5); print(b.get(), Box.__mro__[1:], T, Box[int])
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = P(3, -4); print(p, p.norm(), P._fields, P(1), p._replace(x=1), P.__annotations__)
Q = NamedTuple("Q", [("a", str), ("b", float)]); print(Q("s", 1.5))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982); print(m, type(m), Movie.__required_keys__ == {"name", "year"})
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
def f(a: int, b: "str" = "x") -> Optional[List[int]]: pass
print(get_type_hints(f), get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Optional[int]) is Union)
print(cast(int, "x"), typing.TYPE_CHECKING, isinstance([], typing.List), issubclass(list, Iterable))
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3), List[int] == List[int], hash(List[int]) == hash(List[int]))
class C:
    x: ClassVar[int] = 1
    y: Final = 2
print(get_type_hints(C))
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), typing.NewType("UserId", int)(5), typing.AnyStr, typing.Text)

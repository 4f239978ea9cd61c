from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Generic, Literal, NamedTuple, Optional, Protocol, TypedDict,
                    TypeVar, Union, get_type_hints, get_origin, get_args, overload, Final, cast, runtime_checkable)
from collections.abc import Iterable, Mapping, Sequence
import dataclasses

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self) -> str:
        return f"Stack({self.items})"

s = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), Stack[int], Stack.__parameters__, type(s).__orig_bases__ if False else Stack.__orig_bases__)

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)

class Pair(NamedTuple):
    left: int
    right: str = "x"
    def swap(self) -> tuple[str, int]:
        return (self.right, self.left)

p = Pair(1)
print(p, p.swap(), p._asdict(), p._replace(left=5), Pair._fields, Pair._field_defaults, p[0], p.right)
l, r = p
print(l, r, Pair._make([3, "y"]), isinstance(p, tuple), len(p))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))

def apply(f: Callable[[int, str], bool], xs: Iterable[int] = ()) -> Optional[list[int]]:
    return None

print(apply.__annotations__)
hints = get_type_hints(apply)
print(hints)
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(Optional[int]), get_args(Union[int, str, None]))
print(Optional[int], Union[int, str], int | None, list[int | str], Literal["a", 1], Callable[..., int], tuple[int, ...])
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, None]], int | str == Union[int, str])
print(typing.List[int], typing.Dict[str, Any], Mapping[str, int], Sequence, ClassVar[int], Final[str])
print(T, K.__bound__, N.__constraints__, repr(T), Stack[str].__args__)
x = cast(int, "not really")
print(x, typing.TYPE_CHECKING)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

@dataclasses.dataclass
class Config:
    name: str
    retries: int = 3
    tags: list[str] = dataclasses.field(default_factory=list)
    mode: Literal["fast", "slow"] = "fast"
    LIMIT: ClassVar[int] = 10
print(Config("a"), [f.name for f in dataclasses.fields(Config)], Config.__annotations__)
print(get_type_hints(Config))
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
type Vector = list[float]
print(Vector, Vector.__value__, type(Vector).__name__)
def first[U](xs: list[U]) -> U:
    return xs[0]
print(first([9]), first.__type_params__)
class Box[V]:
    def __init__(self, v: V):
        self.v = v
print(Box[int], Box.__type_params__, Box(3).v)
try:
    Stack[int, str]
except TypeError as e:
    print(e)
try:
    isinstance(3, list[int])
except TypeError as e:
    print(e)
print(typing.get_type_hints(Pair), typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "m", 2]))

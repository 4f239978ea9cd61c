import enum, typing
from dataclasses import dataclass, field, fields, asdict, replace
from typing import (NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar,
                    Literal, overload, get_type_hints, Optional, Union, Any, ClassVar, Final,
                    get_origin, get_args, Callable, Annotated)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm1(), p._replace(label="q"), p._asdict(), Point._field_defaults, Point.__annotations__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

class Movie(TypedDict, total=False):
    title: str
    year: int
class Required(TypedDict):
    name: str
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, Movie.__optional_keys__, Required.__required_keys__, Movie.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class SizedCloser(Closer, Protocol):
    def __len__(self) -> int: ...
class File:
    def close(self): pass
class Sack:
    def close(self): pass
    def __len__(self): return 0
print(isinstance(File(), Closer), isinstance(object(), Closer), isinstance(Sack(), Closer))
try:
    isinstance(Sack(), SizedCloser)
except TypeError as e:
    print("TypeError:", e)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
class Pair(Box[T], Generic[T, K]):
    pass
print(Box[int], Box[int]().__class__ if False else Box, Pair[int, str], Box.__parameters__, Pair.__parameters__)
print(repr(T), repr(K), K.__bound__, N.__constraints__, Box[int].__origin__, get_args(Pair[int, str]))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
b = Box[int](5)
print(b.get(), type(b).__name__, b.__orig_class__)

def f(a: int, b: "list[str]", c: Optional[int] = None) -> dict[str, int]:
    return {}
print(get_type_hints(f))
print(Optional[int], Union[int, str, None], Union[int], int | None, Literal["a", 1], Callable[[int, str], bool], Annotated[int, "meta"])
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(Literal[1]), get_args(Optional[str]), get_origin(int | str))
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], list[int] == list[int], typing.List[int])

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"), typing.get_overloads(double).__len__())

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
    done: bool = False
    counter: ClassVar[int] = 0
tasks = [Task(3, "c"), Task(1, "a", ["x"]), Task(2, "b")]
print(sorted(tasks), [f.name for f in fields(Task)], asdict(tasks[1]), replace(tasks[0], done=True))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.RW is rw, Perm.R in rw, ~Perm.R, repr(~Perm.R), Perm(0), repr(Perm(7)), list(Perm(7)), len(Perm(5)))
print(rw & Perm.W, rw ^ Perm.R, bool(Perm(0)), Perm.X.name, Perm(3).name, Perm(6).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = "w"
print(str(Color.RED), repr(Color.RED), format(Color.GREEN), f"{Color.GREEN:>5}", Color.RED + 1, Color(2), Color["GREEN"])
print(str(Mode.READ), repr(Mode.READ), f"{Mode.WRITE}", Mode.READ == "read", Mode("w"), Mode.READ.upper())
class Shape(enum.Enum):
    CIRCLE = 1
    ROUND = 1
    SQUARE = 2
print(list(Shape), Shape.ROUND, Shape(1), Shape.__members__.keys(), repr(Shape.SQUARE))
try:
    Shape(3)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape.CIRCLE = 5
except AttributeError as e:
    print("AttributeError:", e)
@enum.unique
class Ok(enum.Enum):
    A = 1
try:
    @enum.unique
    class NotOk(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

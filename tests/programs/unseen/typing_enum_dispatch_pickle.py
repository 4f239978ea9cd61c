from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar, Optional, Union, Any, get_type_hints, get_origin, get_args, Literal, Callable, ClassVar, Final, Annotated
import typing
from enum import Enum, Flag, IntFlag, auto, unique, StrEnum
from abc import ABC, abstractmethod
from functools import total_ordering, singledispatch, cached_property
import copy, pickle, weakref

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def raise_(self, pct: float) -> "Emp":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

class Movie(TypedDict, total=False):
    title: str
    year: int

class Req(TypedDict):
    id: int
    tags: list[str]

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()

e = Emp("ann", salary=100.0)
print(e, e.raise_(7.5), Emp._fields, Emp._field_defaults, Emp.__annotations__, isinstance(e, tuple))
m: Movie = {"title": "x"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), sorted(Req.__required_keys__), Req.__total__, type(m))
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), Stack[int], Stack[int]().__class__.__name__, Stack.__parameters__)
def f(a: int, b: Optional[str] = None, *c: float, d: "list[int]" = (), **k: Any) -> dict[str, int]: ...
print(get_type_hints(f))
print(get_origin(dict[str, int]), get_args(dict[str, int]), get_origin(Optional[int]), get_args(Union[int, str, None]), get_args(Literal["a", 1]), get_origin(Callable[[int], str]), get_args(Callable[[int], str]))
print(Optional[int], Union[int, str], int | None, list[int | str], Callable[..., int], Literal["r", "w"], Annotated[int, "meta"], ClassVar[int], Final[str], typing.Tuple[int, ...], typing.List[int])
print(Union[int, int], Union[int, Union[str, float]] == Union[int, str, float], (int | str) == Union[int, str], Optional[Union[int, str]])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Perm.R | Perm.W, Perm(7), Perm(8), Perm.R & 6, repr(Perm(0)), str(Perm.R | Perm.X), Perm.R + 1, format(Perm.W, "03d"))
print(Color.RED | Color.BLUE, Color.WHITE, list(Color.WHITE), Color(5), repr(~Color.RED), Color.WHITE.name, (Color.RED | Color.GREEN).name, len(Color), list(Color))
class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light"
print(Shade.DARK, repr(Shade.DARK), Shade.DARK == "dark", f"{Shade.LIGHT}!", Shade("light"), Shade.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as ex:
    print(ex)
try:
    Color(8)
except ValueError as ex:
    print(ex)
try:
    Shade("nope")
except ValueError as ex:
    print(ex)
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def describe(self): return f"{type(self).__name__} area={self.area():.2f}"
try:
    Shape()
except TypeError as ex:
    print(ex)
@total_ordering
class Ver:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "Ver(%s)" % ".".join(map(str, self.parts))
    @cached_property
    def major(self):
        print("computing major")
        return self.parts[0]
vs = sorted(map(Ver, ["1.10.0", "1.2.3", "0.9", "1.2.10"]))
print(vs, Ver("1.0") >= Ver("0.9"), Ver("1.0") <= Ver("1.0"), max(vs), vs[0].major, vs[0].major, vars(vs[0]))
@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
@show.register
def _(x: float | str): return f"fs:{x}"
print(show(1), show([1, "a", 2.5, None]), show(True), show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
orig = {"a": [1, {"b": 2}], "t": (1, [2])}
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig["a"][1]["b"] = 99; orig["t"][1].append(3)
print(sh, dp)
for obj in [e, Perm.R | Perm.W, Color.WHITE, vs[1], {"s": {1, 2}, "f": frozenset("ab") == frozenset("ba")}, Shade.DARK, 2**100, (1.5, None, b"x")]:
    back = pickle.loads(pickle.dumps(obj))
    print(type(back).__name__, back == obj if not isinstance(obj, Ver) else back.parts == obj.parts)
class Node: pass
n = Node(); r = weakref.ref(n); wd = weakref.WeakValueDictionary(); wd["n"] = n
print(r() is n, len(wd)); del n
print(r(), len(wd), list(wd.keys()))

# typing at run time: get_origin/get_args of aliases, Annotated as a class, get_type_hints with and
# without extras, ABC subclass hooks, collections.abc mixins, weakref containers, dataclass checks.
from typing import Annotated, get_origin, get_args, get_type_hints, List
A = Annotated[int, "meta", 3]
print(get_origin(A), get_args(A), A, A.__metadata__, A.__origin__, Annotated)
print(get_origin(A) is Annotated, repr(Annotated[List[int], "x"]))
def f(x: Annotated[str, "doc"]) -> Annotated[int, "ret"]: ...
print(get_type_hints(f), get_type_hints(f, include_extras=True))
for bad in [lambda: Annotated[int], lambda: Annotated(), lambda: type("Sub", (Annotated,), {})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
import typing, abc, weakref, gc, functools, operator, dataclasses, collections.abc as cabc
from typing import get_origin, get_args, Annotated, Literal, Final, ClassVar, Any, Optional, Union, TypeVar, Generic, Callable
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Optional[int]), get_args(Union[int, str, None]), get_args(Callable[[int, str], bool]))
print(get_origin(Annotated[int, "meta"]), get_args(Annotated[int, "meta"]), get_args(Literal["a", 1]), typing.get_type_hints(type("X", (), {"__annotations__": {"a": "int"}})))
print(repr(Optional[list[int]]), repr(Union[int, None]), repr(Callable[..., int]), repr(tuple[int, ...]), repr(Literal[1, "x"]), repr(Annotated[str, 5]))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "run") else NotImplemented
class Duck:
    def run(self): return "quack"
print(issubclass(Duck, Base), isinstance(Duck(), Base), issubclass(int, Base))
class Reg(abc.ABC): pass
Reg.register(tuple); print(isinstance((), Reg), issubclass(list, Reg))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.MutableSet), isinstance((x for x in []), cabc.Iterator), issubclass(str, cabc.Hashable), isinstance(len, cabc.Callable))
class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2}); print(dict(m), m.get("z", 0), "a" in m, list(m.items()), m == {"a": 1, "b": 2}, list(m.keys()))
try:
    class Bad(cabc.Sequence): pass
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
o = Obj(1); fin = weakref.finalize(o, print, "finalized", 1); print(fin.alive); del o; gc.collect(); print(fin.alive)
ws = weakref.WeakSet(); a, b = Obj(1), Obj(2); ws.add(a); ws.add(b); del a; gc.collect(); print(len(ws), list(ws))
wk = weakref.WeakKeyDictionary(); k = Obj(3); wk[k] = "v"; print(dict(wk)); del k; gc.collect(); print(len(wk))
class C:
    def m(self): return 5
c = C(); wm = weakref.WeakMethod(c.m); print(wm()()); del c; gc.collect(); print(wm())
p = weakref.proxy(Obj(9)) if False else None
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def map(self, f: "Callable[[T], T]") -> "Box[T]": return Box(f(self.v))
print(Box(3).map(lambda x: x + 1).v, Box[int].__origin__ is Box, typing.get_type_hints(Box.map))
@dataclasses.dataclass
class Inv:
    name: str
    qty: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)
    total: float = dataclasses.field(init=False, default=0.0)
    def __post_init__(self): self.total = self.qty * 1.5
print(Inv("a", 2), dataclasses.fields(Inv)[2].type, dataclasses.is_dataclass(Inv), Inv("b") == Inv("b"))
try:
    @dataclasses.dataclass
    class Wrong:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclasses.dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclasses.dataclass(slots=True, kw_only=True)
class S:
    x: int
    y: int = 2
print(S(x=1), S.__slots__, dataclasses.asdict(S(x=3)))
try:
    S(1)
except TypeError as e:
    print("TypeError:", e)
print(operator.add(1, 2), operator.itemgetter(slice(1, 3))("abcd"), operator.length_hint([1, 2]), operator.is_not(1, None), operator.truth(0), operator.pow(2, 5), operator.mod(7, 3), operator.matmul.__name__)
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(0)), functools.reduce(lambda a, b: a + [b * 2], [1, 2], []))

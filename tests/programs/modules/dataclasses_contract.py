# dataclasses: generated methods (signatures, reprs, comparisons, hash rules), fields,
# InitVar/ClassVar/KW_ONLY, frozen, slots, asdict/astuple/replace/make_dataclass, errors
import dataclasses, inspect, typing, collections, math
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

@dataclass
class P:
    x: int
    y: float = 0.5
    tags: list = field(default_factory=list)
    hidden: str = field(default="h", repr=False, compare=False)
    cv: typing.ClassVar[int] = 7

p = P(1)
print(p, P(1, 2.0, ["a"]), inspect.signature(P), P.__doc__)
print(P.__init__.__qualname__, P.__init__.__annotations__, P.__repr__.__qualname__,
      P.__eq__.__qualname__, P.__match_args__, P.__hash__)
print(p == P(1), p == P(2), p == P(1, hidden="other"), p.__eq__(5), P.cv, "cv" in P.__dataclass_fields__)
print([f.name for f in fields(P)], [f.name for f in fields(p)], P.y, hasattr(P, "tags"))
print(fields(P)[2])
print(P.__dataclass_params__)
show("missing arg", lambda: P())
show("too many", lambda: P(1, 2, 3, 4, 5))
show("bad kw", lambda: P(1, z=3))
nan = math.nan
print("nan identity:", P(nan) == P(nan))

@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
v = V(1)
print(v < V(2), v <= V(1, "z"), V(1, "a") > v, sorted([V(3), V(1, "b"), V(1, "a")]),
      hash(v) == hash((1, "z")), V.__setattr__.__qualname__)
show("frozen set", lambda: setattr(v, "a", 5))
show("frozen del", lambda: delattr(v, "b"))
show("frozen new attr", lambda: setattr(v, "other", 1))
print(v.__lt__(5))
show("order without eq", lambda: dataclass(order=True, eq=False)(type("Q", (), {"__annotations__": {"a": int}})))

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
print(hash(H(1, 2)) == hash((1,)), H(1, 2) == H(1, 3))

@dataclass
class NoHash:
    a: int
print("eq-only hash:", NoHash.__hash__)

@dataclass(eq=False)
class IdHash:
    a: int
print("no eq:", IdHash.__hash__ is object.__hash__, IdHash(1) == IdHash(1))

@dataclass
class ExplicitHash:
    a: int
    def __hash__(self): return 42
print("explicit:", hash(ExplicitHash(1)))
def bad_hash():
    @dataclass(unsafe_hash=True)
    class X:
        a: int
        def __hash__(self): return 1
show("unsafe with explicit", bad_hash)

@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 10), inspect.signature(WithPost), [f.name for f in fields(w)])
print(dataclasses.replace(w, a=5))
show("replace init=False", lambda: dataclasses.replace(w, b=1))
print(InitVar[int], InitVar[list[int]], InitVar["x"])

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(inspect.signature(K), K(1, c=3), K.__match_args__)
show("kw positional", lambda: K(1, 2, 3))

@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = field(kw_only=False, default=0)
print(inspect.signature(AllKw))

def defaults_order():
    @dataclass
    class B:
        a: int = 1
        b: int
show("non-default after default", defaults_order)
def mutable_default():
    @dataclass
    class B:
        a: list = []
show("mutable default", mutable_default)
def both():
    return field(default=1, default_factory=list)
show("both defaults", both)
def no_annotation():
    @dataclass
    class B:
        a = field(default=1)
show("no annotation", no_annotation)
def two_kw_only():
    @dataclass
    class B:
        a: KW_ONLY
        b: KW_ONLY
show("two KW_ONLY", two_kw_only)
def classvar_factory():
    @dataclass
    class B:
        a: typing.ClassVar[list] = field(default_factory=list)
show("classvar factory", classvar_factory)

@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), inspect.signature(Derived), [f.name for f in fields(Derived)])
def frozen_mix():
    @dataclass(frozen=True)
    class F(Base):
        pass
show("frozen from non-frozen", frozen_mix)
def unfrozen_mix():
    @dataclass
    class F(V):
        pass
show("non-frozen from frozen", unfrozen_mix)

@dataclass
class Rec:
    name: str
    child: "Rec | None" = None
r = Rec("a"); r.child = r
print(r)

@dataclass
class Selfish:
    self: int
    other: int = 0
print(Selfish(1), Selfish(self=2))

@dataclass(slots=True)
class S:
    a: int
    b: int = 3
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__qualname__)
show("slots new attr", lambda: setattr(s, "c", 1))

@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: list = field(default_factory=list)
fs = FS(1, [2])
fs2 = FS.__new__(FS); fs2.__setstate__(fs.__getstate__())
print(fs2 == fs, FS.__getstate__(fs))
show("weakref without slots", lambda: dataclass(weakref_slot=True)(type("W", (), {})))
def slots_twice():
    @dataclass(slots=True)
    class B:
        __slots__ = ("a",)
        a: int
show("slots twice", slots_twice)

Pt = collections.namedtuple("Pt", "x y")
@dataclass
class Deep:
    a: list
    b: dict
    c: tuple
    d: P
    e: object = None
dd = {"k": [P(1)]}  # (defaultdict: pydive's has no class-level default_factory yet)
deep = Deep([P(2)], {"p": P(3, tags=[1])}, (Pt(1, P(4)),), P(5), dd)
print(dataclasses.asdict(deep))
print(dataclasses.astuple(deep))
print(dataclasses.asdict(P(1), dict_factory=lambda pairs: list(pairs)))
print(dataclasses.astuple(P(1), tuple_factory=list))
show("asdict non-instance", lambda: dataclasses.asdict(P))
show("astuple int", lambda: dataclasses.astuple(1))
show("fields of int", lambda: fields(1))
show("replace non-instance", lambda: dataclasses.replace(1))
print(dataclasses.is_dataclass(P), dataclasses.is_dataclass(p), dataclasses.is_dataclass(1))

M = dataclasses.make_dataclass("M", ["a", ("b", int), ("c", int, field(default=5))],
                               namespace={"double": lambda self: self.b * 2}, order=True)
m = M(1, 2)
print(m, m.double(), M.__module__, inspect.signature(M), M.__annotations__, m < M(1, 3))
show("make bad name", lambda: dataclasses.make_dataclass("X", ["1a"]))
show("make keyword", lambda: dataclasses.make_dataclass("X", ["class"]))
show("make dup", lambda: dataclasses.make_dataclass("X", ["a", "a"]))
show("make invalid", lambda: dataclasses.make_dataclass("X", [("a", int, 1, 2)]))

print(repr(MISSING)[:35], repr(dataclasses.KW_ONLY)[:36], field())
print(dataclasses.Field[int], dataclasses.__all__)

class Desc:
    def __set_name__(self, owner, name): print("  set_name", owner.__name__, name)
    def __get__(self, obj, owner): return 99
@dataclass
class UsesDesc:
    d: int = field(default=Desc())
print(UsesDesc())

@dataclass
class Doc:
    """Has a doc."""
    a: int
print(Doc.__doc__)

@dataclass(repr=False, eq=False, init=False, match_args=False)
class Bare:
    a: int = 1
print(Bare.__init__ is object.__init__, "__match_args__" in Bare.__dict__, Bare().a)

@dataclass
class Custom:
    a: int
    def __repr__(self): return "custom"
    def __eq__(self, o): return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)

def overwrite_order():
    @dataclass(order=True)
    class B:
        a: int
        def __lt__(self, o): return True
show("overwrite __lt__", overwrite_order)

class Abstract(dataclasses.dataclass and object):
    pass
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
@dataclass
class Concrete(AB):
    a: int = 0
print(Concrete(), Concrete.__abstractmethods__)

from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError, make_dataclass, is_dataclass
import dataclasses
from typing import ClassVar

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = P(3, 4)
print(p, p.dist(), P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print(e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(1, 2)
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: str = "c"
print(Mixed(1, c="z"), [f.kw_only for f in dataclasses.fields(Mixed)])

@dataclass
class WithInit:
    raw: InitVar[str]
    parsed: list = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, raw):
        self.parsed = raw.split(",")
        WithInit.count += 1
w = WithInit("a,b")
print(w, WithInit.count, [f.name for f in dataclasses.fields(w)])

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(e)

@dataclass(frozen=True)
class FP:
    x: int
try:
    FP(1).x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del FP(1).x
except FrozenInstanceError as e:
    print(e)
try:
    @dataclass
    class Child(FP):
        y: int = 0
except TypeError as e:
    print(e)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)
root = Node(1)
root.children.append(Node(2, parent=root))
print(root, root == Node(1, [Node(2)]))
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r
print(r)
Pt3 = make_dataclass("Pt3", ["x", ("y", int), ("z", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y + self.z})
print(Pt3(1, 2), Pt3(1, 2).norm(), is_dataclass(Pt3), is_dataclass(Pt3(1, 2)), is_dataclass(int))
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(0, 9), V(1)]), V(1) < V(1, 1), V(2) >= V(1, 5))
try:
    V(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, compare=False, default=None)
print(hash(H(1)) == hash(H(1, [2])), H.__hash__ is not None)
@dataclass
class Unhash:
    a: int
print(Unhash.__hash__)
try:
    {Unhash(1)}
except TypeError as e:
    print(e)
print(dataclasses.asdict(Mixed(1)), dataclasses.replace(V(1, 2), minor=5))
try:
    dataclasses.replace(w, parsed=[1])
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(repr(dataclasses.fields(V)[0])[:60])
@dataclass
class Base:
    x: int = 0
    def __repr__(self):
        return "custom"
@dataclass
class Derived(Base):
    y: int = 1
print(Base(), Derived(), Derived.__init__.__doc__, Derived.__doc__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
print(P.__match_args__, Mixed.__match_args__, P.__dataclass_fields__["x"].type)

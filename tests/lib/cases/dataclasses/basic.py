# modules: abc _collections_abc collections.abc keyword operator collections functools types copy
from dataclasses import *
import dataclasses
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(1), repr(Point(3)), Point.count, p.__match_args__, Point.__doc__)
print(fields(p), [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__, Point.__hash__)
for bad in (lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3), lambda: replace(p, nope=1), lambda: asdict(3), lambda: fields(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False, repr=False)
v1, v2 = Version(1, 2), Version(1, 10, "x")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash((1, 2)), v1 == Version(1, 2, "other"), {v1: 1}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    v1 < 3
except TypeError as e:
    print("TypeError", e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, [3], 4), [f.name for f in fields(Child)])
@dataclass
class Post:
    a: int
    b: InitVar[int]
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a + b
print(Post(1, 2), fields(Post)[0])
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 1
print(Mixed(1, b=2), Mixed.__match_args__)
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError", e)
for src in ["@dataclass\nclass Bad:\n    a: int = 1\n    b: int", "@dataclass\nclass Bad:\n    a: list = []",
            "@dataclass(order=True)\nclass Bad:\n    a: int\n    def __lt__(self, o): return True",
            "@dataclass(frozen=True)\nclass F:\n    a: int\n@dataclass\nclass G(F):\n    b: int = 0",
            "@dataclass\nclass Bad:\n    a: int = field(default=1, default_factory=list)"]:
    try:
        exec(src, {"dataclass": dataclass, "field": field})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"m": lambda self: self.a})
print(C(1, 2), C(1, 2).m(), C.__module__, [f.type for f in fields(C)])
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1); print(s, Slotted.__slots__, hasattr(s, "__dict__"))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)), H.__hash__ is not None)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Nested:
    p: Point
    items: List[Point]
    d: dict
n = Nested(Point(1), [Point(2)], {"k": Point(3)})
print(asdict(n), astuple(n))
@dataclass
class Rec:
    other: object = None
r = Rec(); r.other = r; print(r)
print(Field.__slots__ is not None, repr(fields(Point)[2]).replace("<class 'list'>", "LIST"), MISSING)
print(dataclasses.__all__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
@dataclass
class WithSelf:
    self: int
print(WithSelf(self=3))

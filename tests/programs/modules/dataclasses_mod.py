from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p != Point(2), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, sorted([Version(2), Version(1, 5), v]), hash(v) == hash(Version(1, 2)), v < Version(1, 3))
try:
    v.major = 3
except Exception as e:
    print(type(e).__name__ + ":", e)
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 1
    def total(self): return self.price * self.qty
    def __post_init__(self): self.name = self.name.title()
print(Inv("widget thing", 2.5, 4), Inv("a", 1.0).total())
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True, kw_only=True)
class K:
    a: int
    b: str = "b"
print(K(a=1), K.__slots__)

"""Inventory with dataclasses: field options, ordering, frozen, asdict, replace."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = field(default=None, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.quantity

    @property
    def total(self):
        return self.price * self.quantity


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass
class Warehouse:
    name: str
    items: list = field(default_factory=list)
    capacity: int = field(default=100, repr=False)

    def add(self, item):
        if sum(i.quantity for i in self.items) + item.quantity > self.capacity:
            raise OverflowError(f"{self.name} is full")
        self.items.append(item)


items = [
    Item("widget", 2.50, 10, ["small"]),
    Item("gadget", 12.99, 3),
    Item("doohickey", 0.75, 40, ["small", "cheap"], note="bulk"),
]
for it in items:
    print(it, it.total)
print(sorted(items))
print([i.name for i in sorted(items, reverse=True)])
print(items[0] == Item("widget", 2.50, 10, ["small"], note="other"))
print(asdict(items[2]))
print(astuple(items[1]))
print([f.name for f in fields(Item)])
print(Item.__annotations__)

p = Point(1, 2)
print(p, p.moved(3, -1), hash(p) == hash(Point(1, 2)), p == Point(1, 2))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print({p: "origin-ish"}[Point(1, 2)])

w = Warehouse("main", capacity=50)
w.add(items[0])
w.add(items[1])
try:
    w.add(items[2])
except OverflowError as e:
    print(e)
print(w)
print(repr(Warehouse("empty")))
try:
    Item()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
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
        a: list = []
except ValueError as e:
    print(e)

# everyday class features: properties, class/static methods, inheritance, super, dunders, repr/eq
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Point(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Point(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    @property
    def norm1(self): return abs(self.x) + abs(self.y)
    @classmethod
    def origin(cls): return cls(0, 0)
    @staticmethod
    def dist(a, b): return abs(a + -b)
p, q = Point(1, 2), Point(3, 4)
print(p, q, p + q, p * 2, 3 * p, -p, abs(q), bool(Point.origin()), list(p), p[1], len(p), p.norm1, Point.dist(p, q))
print(p == Point(1, 2), p != q, {p, Point(1, 2)}, Point.count, x if (x := p.x) else 0, tuple(q), *p)
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self): return f"Point3({self.x}, {self.y}, {self.z})" + super().__repr__()
r = Point3(1, 2, 3)
print(r, isinstance(r, Point), issubclass(Point3, Point), type(r).__name__, Point3.__mro__, Point3.origin.__self__.__name__)
print(r.__dict__, vars(p), hasattr(r, "z"), getattr(r, "w", None), Point3.__bases__, Point.__name__, Point3.__qualname__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
t = Temp(); t.c = 25; print(t.c); del t.c; print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
class Stack:
    def __init__(self, *items): self.items = list(items)
    def __contains__(self, x): return x in self.items
    def __str__(self): return f"Stack of {len(self.items)}"
    def __format__(self, spec): return format(str(self), spec)
    def __call__(self, x): self.items.append(x); return self
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
s = Stack(1, 2)
print(2 in s, 5 in s, str(s), f"[{s:>12}]", s(3)(4).items, repr(s)[:7])
with s as ss:
    print(ss is s)
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), [x for x in Counter()])
class Base:
    def hello(self): return "base"
    def who(self): return self.hello()
class Mixin:
    def hello(self): return "mixin+" + super().hello()
class Child(Mixin, Base): pass
print(Child().who(), [c.__name__ for c in Child.__mro__])
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
o = Slotted()
print(o.a, hasattr(o, "b"), Slotted.__slots__)
try:
    o.c = 3
except AttributeError as e:
    print("AttributeError:", e)
class WithClassAttr:
    items = []
    def add(self, x): self.items.append(x)
a1, a2 = WithClassAttr(), WithClassAttr()
a1.add(1); a2.add(2); print(WithClassAttr.items, a1.items is a2.items)
print(Point.__dict__["origin"].__class__.__name__, type(Point.__dict__["dist"]).__name__, type(Point.norm1).__name__, callable(p))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)

from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
import functools

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = kw.get("tag", name.lower())
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)

class Base(metaclass=Registry, tag="base"):
    pass

class Child(Base, tag="kid"):
    def __init__(self, x):
        self.x = x

print(Registry.classes, Base.tag, Child.tag, Child(3).x)

class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugins[key or cls.__name__] = cls

class A(Plugin, key="a"): pass
class B(Plugin): pass
print(sorted(Plugin.plugins))

class Typed:
    def __init__(self, typ):
        self.typ = typ
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Point:
    __slots__ = ("_x", "_y")
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y, p.norm1, Point.x.name)
try:
    p.y = "a"
except TypeError as e:
    print(e)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    p.norm1 = 5
except AttributeError as e:
    print(e)

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)

items = sorted([Item(3.5, "b"), Item(1.0, "a"), Item(2.0, "c", ["x"])])
print(items)
print(asdict(items[1]), replace(items[0], name="z"))

@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: int = 2
f = Frozen(1)
try:
    f.a = 5
except FrozenInstanceError as e:
    print("frozen", e)
print(f, hash(f) == hash(Frozen(1, 2)), Frozen.__slots__)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
    @functools.cached_property
    def expensive(self):
        print("computing")
        return 42
t = Temp(); t.c = 5; print(t.c); del t.c
print(t.expensive, t.expensive)
print(Item.__match_args__ if hasattr(Item, "__match_args__") else None)
@dataclass
class Bad:
    x: int = 0
    y: int = field(default=1, kw_only=True)
print(Bad(5, y=3))
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
print(repr(Child.__mro__))

from abc import ABC, abstractmethod, ABCMeta
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    def describe(self):
        return f"{self.name}: {self.area():.2f} {self.unit()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
    @classmethod
    def unit(cls):
        return "m2"

class Half(Shape):
    def area(self):
        return 0

for cls in (Shape, Half, Square):
    try:
        print(cls(2).describe() if cls is Square else cls())
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Half.__abstractmethods__), Square.__abstractmethods__, isinstance(Square(1), Shape))

class Sized2(metaclass=ABCMeta):
    pass
Sized2.register(list)
print(issubclass(list, Sized2), isinstance([], Sized2), isinstance({}, Sized2))

class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
mm = MyMap({"a": 1, "b": 2})
print(dict(mm), mm.get("c", 0), "a" in mm, list(mm.items()), mm == {"a": 1, "b": 2}, mm.keys())
try:
    class Bad(cabc.Sequence):
        pass
    Bad()
except TypeError as e:
    print(e)
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), issubclass(dict, cabc.MutableMapping), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), Color.__members__.keys(), Color.parse("green").describe())
print(Color.RED == 1, Color.RED.value == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}, Color(2), repr(Color.BLUE))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Pri(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = auto()
print(Pri.MID, repr(Pri.MID), Pri.HIGH > Pri.LOW, Pri.LOW + 1, sorted([Pri.HIGH, 0, Pri.LOW]), f"{Pri.MID}", f"{Pri.MID:03d}", int(Pri.HIGH), Pri(3).name)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"{Mode.WRITE}!", list(Mode))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, rw & Perm.X, int(rw), Perm(7), Perm(0), rw ^ Perm.R, list(rw), ~Perm.R, Perm(8) if False else Perm.R | 8)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print([f"{p.name}: {p.gravity:.2f}" for p in Planet], Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    MON = auto(); TUE = auto(); WED = auto()
    @property
    def is_first(self):
        return self is Weekday.MON
print(Weekday.MON.value, Weekday.TUE.is_first, Weekday._member_names_)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    Color("purple")
except ValueError as e:
    print(e)
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print(e)
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__name__, dir(Color.RED)[:5], Color.__len__())
class Animal(Enum):
    DOG = "dog"
    CAT = "cat"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Animal("DOG"), Animal("Cat"))
try:
    Animal("cow")
except ValueError as e:
    print(e)

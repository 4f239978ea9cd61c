# modules: types
import enum
from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def favourite(cls):
        return cls.GREEN
print(list(Color), len(Color), Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, repr(Color.BLUE), str(Color.BLUE))
print(Color.RED.describe(), Color.favourite(), Color.__members__, list(Color.__members__), list(reversed(Color)))
print(format(Color.RED), f"{Color.RED:>12}|", 1 in Color, 7 in Color, Color.RED in Color, Color, type(Color), hash(Color.RED) == hash("RED"))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color), Color.RED.__class__.__name__)
print(dir(Color), dir(Color.RED))
for bad in (lambda: Color(9), lambda: Color["x"], lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "RED")):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO * 3, repr(N.ONE), str(N.ONE), format(N.ONE), f"{N.TWO}", N(2), N.ONE < N.TWO, N.ONE == 1, sorted([N.TWO, N.ONE]), int(N.TWO), isinstance(N.ONE, int))
class S(StrEnum):
    A = auto()
    B = "bee"
print(repr(S.A), str(S.A), S.A == "a", S.B.upper(), f"{S.B}", S("bee"), list(S))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(P), P.R | P.W, repr(P.R | P.W), P.RWX, repr(P.RWX), list(P.RWX), len(P.RWX), P.R in P.RWX, bool(P(0)), repr(P(0)), str(P(0)))
print(repr(~P.R), repr(~P.RWX), repr(P.R & P.W), repr(P.R ^ P.RWX), P(6), P.__members__.keys())
for bad in (lambda: P(8), lambda: 1 in P.R, lambda: P("x"), lambda: P.R | 1):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class I(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(~I.R), repr(I(8)), repr(I(15)), str(I.R | I.W), format(I.R), I.R + 1, repr(I(0)), str(I(0)), repr(~I(0)), I.R | 8, repr(I.R | 1), I.R & 6)
class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AutoFlag], AutoFlag.A | AutoFlag.C)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
Shape = Enum("Shape", [("SQUARE", 4), ("TRI", 3)])
print(list(Shape), Enum("E2", {"a": "x"}).a, IntEnum("Num", "A B", start=10).B)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Ord(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj
    FIRST = "first"
    SECOND = "second"
print(list(Ord), Ord.SECOND.label, Ord(1))
class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "a":
            return cls.A
print(WithMissing("A"), WithMissing("a"))
try:
    WithMissing("b")
except ValueError as e:
    print("ValueError", e)
try:
    class Sub(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Derived(Base):
    K = 1
print(Derived.K.hello(), list(Derived))
for body in ["A = 1\n    A = 2", "_foo_ = 1", "def A(self): pass\n    A = 1"]:
    try:
        exec(f"class E(Enum):\n    {body}", {"Enum": Enum})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
class Mixed(str, Enum):
    A = "aa"
print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), Mixed.A.upper(), Mixed("aa"))
class HasName(Enum):
    name = 1
    value = 2
print(HasName.name, HasName.value, HasName.name.name, HasName.value.value)
class Ignored(Enum):
    _ignore_ = "tmp"
    tmp = 5
    A = 1
print(list(Ignored), hasattr(Ignored, "tmp"))
class Nm(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
print(list(Nm), Nm.B)
print(FlagBoundary.STRICT, repr(FlagBoundary.KEEP), enum.bin(10), enum.bin(-10), enum.show_flag_values(13), EnumType is EnumMeta)
print(Color.RED.__reduce_ex__(4), isinstance(Color, EnumType), issubclass(IntFlag, Flag), IntFlag.__mro__)
@verify(UNIQUE, CONTINUOUS)
class V(Enum):
    A = 1
    B = 2
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        B = 4
except ValueError as e:
    print("ValueError", e)

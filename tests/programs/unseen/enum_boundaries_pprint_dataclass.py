import enum, pprint, reprlib, textwrap, dataclasses
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, member, nonmember, property as eprop
class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    PENDING = "p"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.upper() in cls.__members__:
            return cls[value.upper()]
        return None
    @property
    def label(self): return self.name.title()
    def __str__(self): return f"<{self.label}>"
print(Status("active"), Status(1), repr(Status.PENDING), Status.PENDING.label, list(Status), Status.ACTIVE in Status, Status["INACTIVE"].value)
try:
    Status("zzz")
except ValueError as e:
    print(e)
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    A = auto(); B = auto()
print(list(Ord), Ord.A.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / self.radius ** 2
print([(p.name, round(p.gravity, 2)) for p in Planet], Planet((6.42e23, 3.39e6)))
class Alias(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
print(list(Alias), Alias.CRIMSON, Alias(1), list(Alias.__members__), Alias.CRIMSON is Alias.RED)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1; B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1; C = 3
except ValueError as e:
    print(e)
class Strict(Flag, boundary=STRICT):
    A = 1; B = 2
class Conform(Flag, boundary=CONFORM):
    A = 1; B = 2
class Keep(IntFlag, boundary=KEEP):
    A = 1; B = 2
try:
    Strict(7)
except ValueError as e:
    print(e)
print(Conform(7), Keep(7), repr(Keep(12)), Keep.A | 8, Strict.A | Strict.B, ~Strict.A, Strict(3).name, (Strict.A | Strict.B).value)
class Opt(Flag):
    NONE = 0
    X = auto(); Y = auto(); Z = auto()
    XY = X | Y
print(list(Opt), Opt.XY, list(Opt.XY), Opt.NONE, Opt(0), repr(Opt.X | Opt.Z), Opt.XY & Opt.Y, Opt.X ^ Opt.XY, len(Opt.XY), Opt.X in Opt.XY, bool(Opt.NONE), Opt.__members__.keys())
class Color(StrEnum):
    R = auto(); G = "green"
print(Color.R, Color.R.upper(), Color("green"), f"{Color.G:>7}", Color.R + "x", sorted(Color))
class Num(IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + Num.TWO, Num.TWO * 2, sorted([Num.TWO, 0, Num.ONE]), f"{Num.ONE}", str(Num.ONE), repr(Num.ONE), Num(2) == 2, hash(Num.ONE) == hash(1), format(Num.TWO, "03"))
Dyn = Enum("Dyn", "a b c", start=10)
Dyn2 = Enum("Dyn2", [("x", "X"), ("y", "Y")])
print(list(Dyn), Dyn.b.value, list(Dyn2), Dyn2.y.value, Enum("E3", {"k": 1}).k)
class WithMember(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn(x): return x
print([m.name for m in WithMember], WithMember.helper, WithMember.fn.value(3))
try:
    Status.ACTIVE = 5
except AttributeError as e:
    print(e)
try:
    class Bad(Status): pass
except TypeError as e:
    print(e)
print(isinstance(Status.ACTIVE, Status), type(Status.ACTIVE), Status.__class__.__name__, dir(Status)[:6])
@dataclasses.dataclass
class Cfg:
    name: str
    opts: dict = dataclasses.field(default_factory=dict)
    items: list = dataclasses.field(default_factory=list)
c = Cfg("alpha", {"k" * 10: list(range(12)), "b": {"deep": [1, 2, {"x": "y" * 30}]}}, [Cfg("inner")])
pprint.pprint(c, width=50)
pprint.pprint(c)
pprint.pp({"b": 1, "a": [Status.ACTIVE, Num.ONE]}, width=30)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))))
tw = textwrap.TextWrapper(width=20, max_lines=3, placeholder=" ...", tabsize=4, break_on_hyphens=False)
print(tw.wrap("one two three four five six seven eight nine ten eleven twelve"))
print(textwrap.wrap("  lead\tand trail  ", 30, drop_whitespace=False), textwrap.wrap("well-known state-of-the-art", 10))

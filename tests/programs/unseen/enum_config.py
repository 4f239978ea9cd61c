"""Enums in a config-style program: Enum, IntEnum, Flag, auto, unique, lookups and errors."""
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Level(StrEnum):
    DEBUG = auto()
    INFO = "info"


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.describe(), Color.parse("green"), Color.RED.name, Color.BLUE.value, len(Color))
print({c.name: c.value for c in Color}, Color.__members__.keys())
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH))
print(Perm.R | Perm.W, Perm.RW, Perm.R in Perm.RW, Perm.X in Perm.RW, ~Perm.R, bool(Perm(0)), list(Perm.RW))
print(Mode.A | Mode.C, Mode(7), int(Mode.B | Mode.C), Mode.A & 3)
print(Level.DEBUG, Level.INFO.upper(), Level("info"), f"{Level.DEBUG}", repr(Level.DEBUG))
print(f"{Color.RED}", f"{Priority.LOW}", str(Priority.LOW), format(Priority.HIGH, "03d"), isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, f"{p.surface_gravity:.2f}")
match Color.GREEN:
    case Color.RED:
        print("red!")
    case Color.GREEN | Color.BLUE:
        print("cool colour")
print(hash(Color.RED) == hash(Color.RED), Color.RED == 1, Priority.LOW == 1, type(Color.RED).__name__)

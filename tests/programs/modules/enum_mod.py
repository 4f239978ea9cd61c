import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, len(Color), Color.BLUE in Color, [c.name for c in Color])
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R & 4, int(Perm.W), Perm.R in (Perm.R | Perm.W))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(list(Auto), Auto.B.value)
class Size(enum.IntEnum):
    S = 1
    M = 2
print(Size.S < Size.M, Size.M + 1, sorted([Size.M, Size.S]), f"{Size.M}", str(Size.M))
class Shape(enum.Enum):
    SQUARE = "sq"
    ALIAS = "sq"
print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__.keys())
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
class S(enum.StrEnum):
    X = "x"
print(S.X, S.X == "x", S.X.upper())
@enum.unique
class U(enum.Enum):
    A = 1
print(U.A)

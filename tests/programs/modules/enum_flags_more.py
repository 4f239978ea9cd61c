# enum's Flag side: boundaries (STRICT, CONFORM, EJECT, KEEP), composites, aliases, negative
# values, repr/str/format, operators and their operand rules, ~, in, iter, len, bool;
# unique(), verify() and global_enum().
import enum
from enum import Flag, IntFlag, Enum, auto, STRICT, CONFORM, EJECT, KEEP

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2

def show(*objs):
    print(" | ".join("%r/%s" % (o, o) for o in objs))

show(Color.RED, Color.WHITE, Color.NONE, Color.RED | Color.GREEN, Color(0), Color(7), Color(3))
show(Perm.R | Perm.W, Perm(0), Perm(7), Perm(8), Perm(15), Perm.R | 8, ~Perm.R, ~Perm.RWX)
print(format(Perm.R | Perm.X), format(Perm(12), "d"), f"{Color.RED}", f"{Color.RED | Color.BLUE}")
print(list(Color), list(Color.WHITE), list(Color.NONE), len(Color.WHITE), len(Color.NONE),
      bool(Color.NONE), bool(Color.BLUE), list(Perm(7)), list(Perm(15)))
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, Color.NONE in Color.RED)
try:
    1 in Color.RED
except TypeError as e:
    print("TypeError", e)
print(~Color.RED, ~Color.WHITE, ~Color.NONE, ~(Color.RED | Color.BLUE))
print(Color.RED & Color.WHITE, Color.RED ^ Color.WHITE, Color.RED | Color.RED)
for op in (lambda: Color.RED | 1, lambda: 1 | Color.RED, lambda: Color.RED & "x"):
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
print(Perm.R | 1, 1 | Perm.R, Perm.R & 6, 6 ^ Perm.W, type(Perm.R | 1).__name__,
      Perm.R + 1, type(Perm.R + 1).__name__)
for cls in (Strict, Conform, Eject, Keep):
    for v in (3, 4, 7, -1, -3):
        try:
            r = cls(v)
            print(cls.__name__, v, repr(r), type(r).__name__)
        except ValueError as e:
            print(cls.__name__, v, "ValueError", e)
    print(cls.__name__, repr(~cls.A), cls._boundary_)
for v in ("x", 1.5, None):
    try:
        Color(v)
    except ValueError as e:
        print("ValueError", e)
print(Perm(-1), repr(Perm(-1)), repr(Perm(-8)), Color(-1), repr(Color(-2)))

class Alias(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(repr(Alias(3)), repr(Alias(11)), Alias.AB.name, list(Alias.AB), Alias(11).name)
class Gap(Flag, boundary=KEEP):
    A = 1
    C = 4
print(repr(Gap(3)), repr(Gap(7)), str(Gap(2)), Gap(2).name, list(Gap(7)))
class Named(IntFlag):
    A = 1
    B = 2
print(repr(Named(3)), repr(Named(16)), str(Named(16)), Named(16).name, Named(3).name)

# unique, verify, global_enum
class Dup(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
for deco in (enum.unique, enum.verify(enum.UNIQUE)):
    try:
        deco(Dup)
    except ValueError as e:
        print("ValueError", e)
class Holes(Enum):
    A = 1
    B = 4
class FlagHoles(Flag):
    A = 1
    D = 8
class BadAlias(Flag):
    A = 1
    B = 2
    ABC = 7
    ABCD = 15
class OneBad(Flag):
    A = 1
    AX = 5
for deco, target in ((enum.verify(enum.CONTINUOUS), Holes),
                     (enum.verify(enum.CONTINUOUS), FlagHoles),
                     (enum.verify(enum.NAMED_FLAGS), BadAlias),
                     (enum.verify(enum.NAMED_FLAGS), OneBad),
                     (enum.verify(enum.UNIQUE, enum.CONTINUOUS), Color)):
    try:
        print(deco(target))
    except ValueError as e:
        print("ValueError", e)
try:
    enum.verify(enum.UNIQUE)(int)
except TypeError as e:
    print("TypeError", e)
print(list(enum.EnumCheck), enum.CONTINUOUS, repr(enum.NAMED_FLAGS), list(enum.FlagBoundary))
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(0))

@enum.global_enum
class Shade(Enum):
    DARK = 1
    LIGHT = 2
@enum.global_enum
class Opt(Flag):
    O1 = 1
    O2 = 2
    O4 = 4
@enum.global_enum
class IOpt(IntFlag):
    I1 = 1
    I2 = 2
print(repr(DARK), str(LIGHT), repr(Opt(0)), str(Opt(0)), str(O1 | O2))
try:
    repr(O1 | O4)  # CPython 3.12.1 tests the member itself for a single bit
except TypeError as e:
    print("TypeError", e)
print(repr(IOpt(5)), repr(I1 | I2), str(I1), repr(IOpt(0)))
@enum.global_enum
class Num(enum.IntEnum):
    N1 = 1
print(repr(N1), str(N1), format(N1))
print(enum.global_enum(Shade, update_str=True) is Shade, str(DARK))

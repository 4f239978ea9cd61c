# enum's less travelled API: helpers, verify, global_enum, StrEnum checks, dir(), boundaries.
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, member,
                  nonmember, EnumCheck, FlagBoundary, STRICT, CONFORM, EJECT, KEEP,
                  CONTINUOUS, NAMED_FLAGS, UNIQUE, global_enum, show_flag_values)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(enum.bin(10), enum.bin(-10), enum.bin(0), enum.bin(5, 8), enum.bin(-3, 6), enum.bin(~0))
print(show_flag_values(13), show_flag_values(0))
print(repr(auto()), repr(auto(3)))
print(list(FlagBoundary), STRICT, repr(KEEP), list(EnumCheck), repr(UNIQUE))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name}={self.value}'

    @property
    def lower(self):
        return self.name.lower()


print(list(Color), Color.CRIMSON, Color.__members__, Color(1), Color['BLUE'], len(Color))
print(sorted(type(Color).__dir__(Color)), sorted(dir(Color.RED)))  # dir(cls), 'in' and reversed(cls) through the metaclass: a pydive gap
print(Color.RED.describe(), Color.GREEN.lower, Color.RED in Color, Color.__contains__(1), Color.__contains__(7))
print(list(Color.__reversed__()), bool(Color), hash(Color.RED) == hash(Color.RED))
attempt('missing', lambda: Color(9))
attempt('name missing', lambda: Color['PURPLE'])
attempt('delattr', lambda: delattr(Color, 'RED'))
attempt('setattr', lambda: setattr(Color, 'RED', 5))
attempt('unique', lambda: unique(Color))
attempt('member set', lambda: setattr(Color.RED, 'value', 3))
print(format(Color.RED), f'{Color.RED:>10}|', str(Color.RED), repr(Color.RED))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE + 1, Num.TWO * 3, str(Num.ONE), repr(Num.TWO), format(Num.TWO, '03d'), Num(2))
print(sorted(type(Num).__dir__(Num))[:8])


class Word(StrEnum):
    A = auto()
    BEE = auto()
    C = 'see'


print(list(Word), Word.A == 'a', Word.BEE.upper(), str(Word.C), repr(Word.C), f'{Word.A}')
attempt('strenum int', lambda: StrEnum('S', {'X': 1}))
attempt('strenum enc', lambda: StrEnum('S', {'X': ('a', 2)}))
attempt('strenum err', lambda: StrEnum('S', {'X': ('a', 'utf-8', 3)}))
attempt('strenum many', lambda: StrEnum('S', {'X': ('a', 'utf-8', 'strict', 'x')}))
print(list(StrEnum('S', {'X': (b'ab', 'ascii')})))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(Perm.R | Perm.W, Perm.RW, Perm(7), ~Perm.R, Perm(0), list(Perm), list(Perm(7)), len(Perm(7)))
print(Perm.R in Perm.RW, bool(Perm(0)), Perm.R & Perm.RW, Perm.RW ^ Perm.R, repr(~Perm.RW))
attempt('strict', lambda: Perm(8))
attempt('contains', lambda: 3 in Perm.RW)


class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Kept(IntFlag):
    A = 1
    B = 2


print(Loose(7), Eject(7), repr(Eject(3)), Kept(12), repr(Kept(12)), Kept.A | 8, ~Kept.A, Kept(0))
print(repr(Loose(0)), Kept.A + 1, str(Kept.A | Kept.B), format(Kept.B, 'x'))
attempt('verify continuous', lambda: verify(CONTINUOUS)(Enum('E', {'A': 1, 'C': 3})))
attempt('verify unique', lambda: verify(UNIQUE)(Enum('E', {'A': 1, 'B': 1})))
attempt('verify named', lambda: verify(NAMED_FLAGS)(Flag('F', {'A': 1, 'B': 2, 'AC': 5})))
attempt('verify ok', lambda: verify(UNIQUE, CONTINUOUS)(Enum('E', {'A': 1, 'B': 2})))
attempt('verify str', lambda: verify(UNIQUE)(int))

F2 = Enum('F2', 'a b c', start=10)
print(list(F2), F2.a.value, F2.__module__, F2.__qualname__)
F3 = Enum('F3', [('x', 'one'), ('y', 'two')], module=__name__, qualname='Spot.F3')
print(list(F3), F3.__qualname__, repr(F3.x))
F4 = IntEnum('F4', {'p': 5, 'q': 6}); print(list(F4), F4.p + F4.q)
attempt('bad names', lambda: Enum('Bad', 'mro x'))
try:
    class G(Color):
        X = 9
except TypeError as e:
    print('extend', e)
attempt('auto late', lambda: Enum('H', {'a': 1, '_generate_next_value_': lambda *a: 1}))


class WithNon(Enum):
    A = 1
    helper = nonmember(5)

    @member
    def fn(self):
        return 1


print(list(WithNon)[0], len(WithNon), WithNon.helper, WithNon.fn.name)


@global_enum
class Light(Enum):
    ON = 1
    OFF = 0


print(repr(Light.ON), str(Light.ON), ON, OFF)


@global_enum
class Bits(IntFlag):
    LOW = 1
    HIGH = 2


print(repr(Bits.LOW | Bits.HIGH), repr(Bits(4)), str(Bits.LOW))


class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MARS.radius, Planet((5.97, 6.37)), repr(Planet.MARS))


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


attempt('order', lambda: type(Enum)('Bad', (Enum,), enum._EnumDict()))
try:
    class Wrong(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('order', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('dup', e)


class Missing(Enum):
    A = 'a'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == 'a':
            return cls.A
        return None


print(Missing('A'))
attempt('missing none', lambda: Missing('z'))


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


print(list(Auto), [m.value for m in Auto])
print(Color.RED.__reduce_ex__(4), Perm.R.__reduce_ex__(4), Color.RED._sort_order_, Color._member_names_)
print(Perm._flag_mask_, Perm._all_bits_, Perm._boundary_, Kept._boundary_, Color._value2member_map_)

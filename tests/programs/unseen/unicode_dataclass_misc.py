"""Unicode digits and spaces in str methods and float(), dataclass slots/kw_only, enum mixins, __init_subclass__, __class__, rounding and format corners."""
from dataclasses import dataclass, field, KW_ONLY
import enum
print(int("١٢٣"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdecimal(), float("١.٥"), float("\u2003 2.5\u00a0"), "ǅ".istitle(), "ß".title(), "ﬀ".upper())
print("Σίσυφος".lower(), "ΑΣ".lower(), "İstanbul".lower(), len("İ".lower()), "ﬃ".casefold(), "Ⅻ".lower(), "ǈ".upper(), "ǈ".lower())
print("a\u0300".isalpha(), "\u00a0".isspace(), "\u2028".splitlines() if False else "x\u2028y".splitlines(), "x\x1cy".split(), " \x1f a\u3000b \x85".split(), "\x1e pad \u2029".strip(), "a\x1cb c".rsplit(None, 1), "\t".isprintable(), "é".isidentifier())
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
@dataclass(kw_only=True)
class K:
    a: int
    b: str = "b"
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int = 2
    c: list = field(default_factory=list, repr=False)
print(P(1), P.__slots__, K(a=1), M(1, b=3), M(5))
try:
    K(1)
except TypeError as e:
    print(e)
try:
    P(1).z = 3
except AttributeError as e:
    print(e)
class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
class Shape(str, enum.Enum):
    SQ = "square"
print(Color.RED.value, list(Color.__members__), Shape.SQ == "square", Shape("square"), f"{Shape.SQ}", Shape.SQ.upper())
class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
print(Base.subclasses, A.tag, B.tag)
class Outer:
    class Inner:
        def who(self):
            return __class__.__qualname__
    def meth(self):
        return [super().__repr__()[:14] for _ in range(1)]
print(Outer.Inner().who(), Outer().meth(), Outer.Inner.__qualname__, Outer.meth.__qualname__)
print(list(zip([1, 2], "ab", strict=True)), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
import math
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(1e16 + 1.5))
print("{:,.2f}".format(-0.004), "{:.0f}".format(-0.4), "{:+.0f}".format(0.4), "{:g}".format(1e-5), "{:g}".format(123456789.0), "{:.3g}".format(0.0001234))
print(f"{float('nan'):>6}", f"{float('-inf'):+}", f"{-0.0:.1f}", f"{1e300*1e300}", f"{12:#_b}", f"{0.1:.60f}"[:40])
nums = [3.0, 1, 2.5, True, -1]
print(sorted(nums), max(nums), min(nums), sum(nums), sorted(nums, reverse=True), sorted(["b", "A", "a", "B"], key=str.casefold))
print(print("a", "b", sep="", end="|"), print(flush=True))
import sys
print(*range(3), sep=", ", file=sys.stdout)
print(int.__name__, len.__name__, print.__qualname__)

# numbers: the tower, registrations, abstract method sets and the derived operations
import numbers, fractions
from numbers import Number, Complex, Real, Rational, Integral

tower = [Number, Complex, Real, Rational, Integral]
for v in (1, True, 1.5, 2j, fractions.Fraction(1, 3), "s", None):
    print(type(v).__name__, [c.__name__ for c in tower if isinstance(v, c)])
for c in tower:
    print(c.__name__, sorted(c.__abstractmethods__), c.__hash__, c.__module__)
print(numbers.__all__, Complex.__add__.__qualname__, Integral.__pow__.__qualname__,
      Complex.real.__isabstractmethod__, Real.real.__isabstractmethod__)

class MyIntBase(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"MyInt({self.v})"
    def __pos__(self): return MyInt(self.v)
    def __neg__(self): return MyInt(-self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None
def _no(self, *a): return NotImplemented
rest = """__mul__ __rmul__ __truediv__ __rtruediv__ __pow__ __rpow__ __abs__ __trunc__ __floor__
     __ceil__ __round__ __lt__ __le__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__
     __rand__ __xor__ __rxor__ __or__ __ror__ __invert__""".split()
MyInt = type(Integral)("MyInt", (MyIntBase,), {n: _no for n in rest})
m = MyInt(7)
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m),
      m.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][MyInt(3)], divmod(m, 2), divmod(17, m),
      m - 2, 10 - m, bool(m), bool(MyInt(0)))

class Frac(Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)
for name in Rational.__abstractmethods__ - {"numerator", "denominator"}:
    setattr(Frac, name, lambda self, *a: NotImplemented)
Frac.__abstractmethods__ = frozenset()
print(float(Frac(10**400, 3 * 10**399)), Frac.__float__ is Rational.__float__)

try:
    Real()
except TypeError as e:
    print(e)
class Partial(Complex):
    pass
try:
    Partial()
except TypeError as e:
    print(str(e)[:60])
print(Complex.__complex__(None), Complex.__bool__.__qualname__)
for name, args in (("__add__", (1,)), ("__neg__", ()), ("__round__", ()), ("__pow__", (2, 3))):
    owner = Integral if name == "__pow__" else Real if name == "__round__" else Complex
    try:
        getattr(owner, name)(None, *args)
    except NotImplementedError as e:
        print(name, "raises NotImplementedError", repr(e))
Number.register(str)
print(isinstance("x", Number), issubclass(bool, Integral), issubclass(float, Rational))

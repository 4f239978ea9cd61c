"""Abstract Base Classes for numbers (PEP 3141), pydive's numbers.

The tower Number > Complex > Real > Rational > Integral: each level names the operations
its numbers must provide (abstract methods that raise NotImplementedError) and derives a
few others from them. complex, float and int are registered at their levels.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _required(signature):
    """An abstract method, from its "name(params)", whose body raises NotImplementedError."""
    name = signature[:signature.index("(")]
    scope = {"__name__": __name__}
    exec(f"def {signature}:\n    raise NotImplementedError\n", scope)
    return abstractmethod(scope[name])


def _binary(name):
    # the operator and its reflected form, both required
    return _required(f"__{name}__(self, other)"), _required(f"__r{name}__(self, other)")


def _owned(cls):
    # the generated methods (and property getters) get the qualified name of their class
    for value in vars(cls).values():
        fn = getattr(value, "fget", value)
        if callable(fn) and getattr(fn, "__qualname__", ".").find(".") < 0:
            fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return cls


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) says x is a number."""
    __slots__ = ()

    # numbers define their own hash; the root does not give one
    __hash__ = None


@_owned
class Complex(Number):
    """Numbers with real and imag parts, conjugate(), +, -, *, /, ** and abs()."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self) as a builtin complex."""

    def __bool__(self):
        return self != 0

    real = property(_required("real(self)"))
    imag = property(_required("imag(self)"))

    __add__, __radd__ = _binary("add")
    __neg__ = _required("__neg__(self)")
    __pos__ = _required("__pos__(self)")

    # subtraction derives from addition and negation
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    __mul__, __rmul__ = _binary("mul")
    __truediv__, __rtruediv__ = _binary("truediv")
    __pow__ = _required("__pow__(self, exponent)")
    __rpow__ = _required("__rpow__(self, base)")
    __abs__ = _required("__abs__(self)")
    conjugate = _required("conjugate(self)")
    __eq__ = _required("__eq__(self, other)")


@_owned
class Real(Complex):
    """Ordered numbers: float(), truncation and rounding, //, % and divmod, < and <=."""
    __slots__ = ()

    __float__ = _required("__float__(self)")
    __trunc__ = _required("__trunc__(self)")
    __floor__ = _required("__floor__(self)")
    __ceil__ = _required("__ceil__(self)")
    __round__ = _required("__round__(self, ndigits=None)")

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    __floordiv__, __rfloordiv__ = _binary("floordiv")
    __mod__, __rmod__ = _binary("mod")
    __lt__ = _required("__lt__(self, other)")
    __le__ = _required("__le__(self, other)")

    # a real number is a complex one with no imaginary part
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


@_owned
class Rational(Real):
    """Real numbers as numerator / denominator (in lowest terms)."""
    __slots__ = ()

    numerator = property(_required("numerator(self)"))
    denominator = property(_required("denominator(self)"))

    def __float__(self):
        # int() first, so that big numerators and denominators divide exactly
        return int(self.numerator) / int(self.denominator)


@_owned
class Integral(Rational):
    """Integers: int(), __index__, three-argument pow and the bitwise operators."""
    __slots__ = ()

    __int__ = _required("__int__(self)")

    def __index__(self):
        return int(self)

    __pow__ = _required("__pow__(self, exponent, modulus=None)")
    __lshift__, __rlshift__ = _binary("lshift")
    __rshift__, __rrshift__ = _binary("rshift")
    __and__, __rand__ = _binary("and")
    __xor__, __rxor__ = _binary("xor")
    __or__, __ror__ = _binary("or")
    __invert__ = _required("__invert__(self)")

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Complex.register(complex)
Real.register(float)
Integral.register(int)

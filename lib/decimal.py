"""Decimal fixed and floating point arithmetic (pydive's decimal, a subset written in Python).

What is here follows the General Decimal Arithmetic specification as CPython's decimal does:
Decimal from str/int/float/tuple, + - * / // % ** (integral exponents), comparisons and hashes
that agree with int/float/Fraction, the context's precision and rounding (all eight rounding
modes), quantize, to_integral_value, sqrt, normalize, as_tuple, str/repr in scientific
notation, format() with the f/e/% types, localcontext(), and the signals that trap by default
(InvalidOperation, DivisionByZero, Overflow) raised as CPython raises them.

Not here yet (NotImplementedError naming them): the transcendental functions (exp, ln,
log10), logical operations, the 'g'/'n' format types, non-integral powers, and flags of the
signals that do not trap.
"""

import math as _math
import numbers as _numbers

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
    "DivisionUndefined", "ConversionSyntax", "InvalidContext",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "getcontext", "setcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _unsupported(what):
    return NotImplementedError(f"decimal: {what} is not supported by pydive yet")


class DecimalTuple(tuple):
    __slots__ = ()
    _fields = ("sign", "digits", "exponent")

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return f"DecimalTuple(sign={self[0]!r}, digits={self[1]!r}, exponent={self[2]!r})"


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = list(base.traps_list()) if base else [InvalidOperation, DivisionByZero, Overflow]
        elif isinstance(traps, dict):
            traps = [k for k, v in traps.items() if v]
        self._traps = set(traps)
        self.flags = {s: False for s in _SIGNALS}
        self.traps = _TrapView(self)

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("valid values for prec are: [1, MAX_PREC]")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def traps_list(self):
        return list(self._traps)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, None, list(self._traps))

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num="0"):
        return Decimal(num)._fix(self)

    def _raise(self, signal, detail=None):
        # _decimal flags and raises a condition as its InvalidOperation, naming the condition
        cond = signal in (ConversionSyntax, DivisionImpossible, DivisionUndefined)
        self.flags[InvalidOperation if cond else signal] = True
        if signal in self._traps or any(issubclass(signal, t) for t in self._traps
                                        if t is not signal and t in (InvalidOperation,)):
            raise (InvalidOperation if cond else signal)([signal])

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in list(self._traps):
            self.traps[k] = False

    def __repr__(self):
        order = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Rounded,
                 Overflow, Subnormal, Underflow]
        flags = [s.__name__ for s in order if self.flags.get(s)]
        traps = [s.__name__ for s in order if s in self._traps]
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, "
                f"Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, "
                f"flags=[{', '.join(flags)}], traps=[{', '.join(traps)}])")

    # arithmetic through the context
    def add(self, a, b):
        return _dec(a).__add__(b, self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, self)

    def sqrt(self, a):
        return _dec(a).sqrt(self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def plus(self, a):
        return _dec(a).__pos__(self)

    def minus(self, a):
        return _dec(a).__neg__(self)

    def abs(self, a):
        return _dec(a).__abs__(self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, self)


class _TrapView(dict):
    """context.traps: a dict of signal -> bool that writes through to the context."""

    def __init__(self, ctx):
        super().__init__({s: s in ctx._traps for s in _SIGNALS})
        object.__setattr__(self, "_ctx", ctx) if False else None
        self._ctx = ctx

    def __setitem__(self, key, value):
        super().__setitem__(key, bool(value))
        if value:
            self._ctx._traps.add(key)
        else:
            self._ctx._traps.discard(key)


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx, changes):
        self.new = (ctx if ctx is not None else getcontext()).copy()
        for k, v in changes.items():
            if k not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp"):
                raise TypeError(f"'{k}' is an invalid keyword argument for this function")
            setattr(self.new, k, v)

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _dec(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError(f"conversion from {type(v).__name__} to Decimal is not supported")


def _operand(v):
    """The other operand of an arithmetic operator, or NotImplemented."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    return NotImplemented


def _round_digits(coeff, drop, rounding, negative):
    """Drops `drop` low digits of `coeff`, rounding as `rounding`; returns the new coefficient."""
    if drop <= 0:
        return coeff * 10 ** -drop
    scale = 10 ** drop
    q, r = divmod(coeff, scale)
    if r == 0:
        return q
    half = scale // 2 if drop > 0 else 0
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not negative
    elif rounding == ROUND_FLOOR:
        up = negative
    elif rounding == ROUND_HALF_UP:
        up = r * 2 >= scale
    elif rounding == ROUND_HALF_DOWN:
        up = r * 2 > scale
    elif rounding == ROUND_HALF_EVEN:
        up = r * 2 > scale or (r * 2 == scale and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    del half
    return q + 1 if up else q


class Decimal:
    """Floating point class for decimal arithmetic."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(Decimal.from_float(value))
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._special = 0, 0, "F"
                return self
            if exp in ("n", "N"):
                self._int = int("".join(map(str, digits)) or "0")
                self._exp, self._special = 0, exp
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            for d in digits:
                if not (isinstance(d, int) and 0 <= d <= 9):
                    raise ValueError("coefficient must be a tuple of digits")
            self._int = int("".join(map(str, digits)) or "0")
            self._exp = exp
            return self
        if isinstance(value, str):
            return self._parse(value, context)
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    def _parse(self, text, context):
        s = text.strip().replace("_", "") if "__" not in text else None
        bad = s is None or s == "" or text.strip() != text.strip().strip("_")
        sign = 0
        if not bad and s[0] in "+-":
            sign = 1 if s[0] == "-" else 0
            s = s[1:]
        self._sign = sign
        low = (s or "").lower()
        if not bad and low in ("inf", "infinity"):
            self._int, self._exp, self._special = 0, 0, "F"
            return self
        if not bad and (low.startswith("nan") or low.startswith("snan")):
            digits = low[4:] if low.startswith("snan") else low[3:]
            if digits == "" or digits.isdigit():
                self._int = int(digits or "0")
                self._exp = 0
                self._special = "N" if low.startswith("snan") else "n"
                return self
            bad = True
        if not bad:
            mant, _, exp = low.partition("e")
            if _ and (exp == "" or not (exp.lstrip("+-").isdigit()) or exp[1:2] in "+-" and len(exp) > 1 and not exp[1:].isdigit()):
                bad = True
            if not bad:
                whole, dot, frac = mant.partition(".")
                if not (whole + frac) or not (whole + frac).isdigit() or not (whole + frac).isascii():
                    bad = True
                else:
                    self._int = int(whole + frac)
                    self._exp = (int(exp) if exp else 0) - len(frac)
                    return self
        ctx = context if context is not None else getcontext()
        ctx._raise(ConversionSyntax)
        self._int, self._exp, self._special = 0, 0, "n"
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isnan(f):
            return cls("NaN")
        if _math.isinf(f):
            return cls("-Infinity" if f < 0 else "Infinity")
        getcontext().flags[FloatOperation] = True
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = Decimal((sign, (0,), 0))
        result._int = n * 5 ** k
        result._exp = -k
        return result if cls is Decimal else cls(result)

    # -- basic facts
    def _isnan(self):
        return self._special in ("n", "N")

    def is_nan(self):
        return self._isnan()

    def is_snan(self):
        return self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self.is_finite() and not self.is_zero()

    def adjusted(self):
        if self._special is not None:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if (self._int or self._special is None) else ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def as_integer_ratio(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._isnan():
            raise ValueError("cannot convert NaN to integer ratio")
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return Decimal((0, self.as_tuple()[1], self._special or self._exp)) if self._special is None \
            else self._with_sign(0)

    def copy_negate(self):
        return self._with_sign(1 - self._sign)

    def copy_sign(self, other):
        return self._with_sign(_dec(other)._sign)

    def _with_sign(self, sign):
        r = Decimal(self)
        r._sign = sign
        return r

    # -- str / repr
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special is not None:
            name = "sNaN" if self._special == "N" else "NaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif digits == "0":
            # engineering notation: the exponent a multiple of 3 (zero keeps its digits)
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = "0", "." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            capitals = getcontext().capitals if context is None else context.capitals
            exp = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return f"Decimal('{self}')"

    # -- conversions
    def __float__(self):
        if self._isnan():
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __int__(self):
        if self._special == "F":
            raise OverflowError("cannot convert Infinity to integer")
        if self._isnan():
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return self._special is not None or self._int != 0

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(Decimal((0, (1,), -n)))
        if self._special == "F":
            raise OverflowError("cannot round an infinity")
        if self._isnan():
            raise ValueError("cannot round a NaN")
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    # -- comparisons and hash
    def _cmp_key(self, other):
        """Compares with other (Decimal, int, float, Fraction); None for NaN/unordered."""
        if isinstance(other, float):
            other = Decimal.from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, _numbers.Rational) and not isinstance(other, Decimal):
            if self._special is not None:
                return None if self._isnan() else (-1 if self._sign else 1)
            n, d = self.as_integer_ratio()
            a, b = n * other.denominator, other.numerator * d
            return (a > b) - (a < b)
        elif not isinstance(other, Decimal):
            return NotImplemented
        if self._isnan() or other._isnan():
            return None
        return _compare(self, other)

    def __eq__(self, other):
        c = self._cmp_key(other)
        if c is NotImplemented:
            if isinstance(other, complex) and other.imag == 0:
                return self == other.real
            return NotImplemented
        return c == 0

    def _order(self, other, op):
        c = self._cmp_key(other)
        if c is NotImplemented:
            return NotImplemented
        if c is None:
            getcontext()._raise(InvalidOperation)
            return False
        return op(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __hash__(self):
        if self._special is not None:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._isnan():
                return object.__hash__(self)
            return hash(float("-inf" if self._sign else "inf"))
        if self._exp >= 0:
            return hash(int(self))
        from fractions import Fraction
        n, d = self.as_integer_ratio()
        return hash(Fraction(n, d))

    def compare(self, other, context=None):
        other = _dec(other)
        if self._isnan() or other._isnan():
            return Decimal("NaN")
        return Decimal(_compare(self, other))

    def max(self, other, context=None):
        other = _dec(other)
        return (self if _compare(self, other) >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _dec(other)
        return (self if _compare(self, other) <= 0 else other)._fix(context or getcontext())

    # -- rounding to the context
    def _fix(self, ctx):
        if self._special is not None:
            return self
        digits = len(str(self._int))
        if digits <= ctx.prec:
            result = self
        else:
            drop = digits - ctx.prec
            coeff = _round_digits(self._int, drop, ctx.rounding, self._sign == 1)
            exp = self._exp + drop
            if len(str(coeff)) > ctx.prec:
                coeff //= 10
                exp += 1
            result = Decimal((self._sign, (0,), 0))
            result._int, result._exp = coeff, exp
            ctx.flags[Rounded] = True
            if self._int % 10 ** drop:
                ctx.flags[Inexact] = True
        if result._int and result.adjusted() > ctx.Emax:
            ctx._raise(Overflow)
            return Decimal("-Infinity" if self._sign else "Infinity")
        return result

    # -- arithmetic
    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special is None and self._int == 0:
            return Decimal((0, (0,), self._exp))
        return self._fix(ctx)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special is None and self._int == 0:
            return Decimal((0, (0,), self._exp))
        return self._with_sign(1 - self._sign)._fix(ctx)

    def __abs__(self, context=None):
        ctx = context or getcontext()
        return self._with_sign(0)._fix(ctx)

    def _special_binary(self, other, ctx):
        if self._special == "N" or other._special == "N":
            ctx._raise(InvalidOperation)
        if self._isnan():
            return self
        if other._isnan():
            return other
        return None

    def __add__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._special_binary(other, ctx)
            if nan is not None:
                return nan
            if self._special == "F" and other._special == "F":
                if self._sign != other._sign:
                    ctx._raise(InvalidOperation)
                    return Decimal("NaN")
                return self
            return self if self._special == "F" else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (
                self._sign != other._sign and ctx.rounding == ROUND_FLOOR) else 0
        else:
            sign = 1 if total < 0 else 0
        r = Decimal((sign, (0,), 0))
        r._int, r._exp = abs(total), exp
        return r._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return self.__add__(other._with_sign(1 - other._sign), context)

    def __rsub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._special_binary(other, ctx)
            if nan is not None:
                return nan
            if (self._special == "F" and other.is_zero()) or (other._special == "F" and self.is_zero()):
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            return Decimal("-Infinity" if sign else "Infinity")
        r = Decimal((sign, (0,), 0))
        r._int, r._exp = self._int * other._int, self._exp + other._exp
        return r._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._special_binary(other, ctx)
            if nan is not None:
                return nan
            if self._special == "F" and other._special == "F":
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            if self._special == "F":
                return Decimal("-Infinity" if sign else "Infinity")
            return Decimal((sign, (0,), ctx.Etiny()))
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                return Decimal("NaN")
            ctx._raise(DivisionByZero)
            return Decimal("-Infinity" if sign else "Infinity")
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal((sign, (0,), ideal))._fix(ctx)
        shift = len(str(other._int)) - len(str(self._int)) + ctx.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            q, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        r = Decimal((sign, (0,), 0))
        r._int, r._exp = q, exp
        return r._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_integer(self, other, ctx):
        """(quotient truncated towards zero, remainder) as Decimals."""
        if self._special or other._special:
            raise _unsupported("// and % of infinities and NaNs")
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
            else:
                ctx._raise(DivisionByZero if False else InvalidOperation)
            return Decimal("NaN"), Decimal("NaN")
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > ctx.prec:
            ctx._raise(DivisionImpossible)
            return Decimal("NaN"), Decimal("NaN")
        quot = Decimal((sign, (0,), 0))
        quot._int = q
        rem = Decimal((self._sign, (0,), 0))
        rem._int, rem._exp = r, exp
        return quot, rem._fix(ctx)

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if other.is_finite() and other._int == 0 and self.is_finite() and self._int:
            ctx._raise(DivisionByZero)
            return Decimal("-Infinity" if self._sign ^ other._sign else "Infinity")
        return self._divide_integer(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            raise _unsupported("three-argument pow()")
        ctx = context or getcontext()
        if self._special or other._special:
            raise _unsupported("powers of infinities and NaNs")
        if other._exp < 0 and other._int % 10 ** -other._exp:
            raise _unsupported("non-integral powers")
        n = int(other)
        if n == 0:
            if self._int == 0:
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            return Decimal(1)
        if n < 0:
            if self._int == 0:
                ctx._raise(DivisionByZero)
                return Decimal("-Infinity" if self._sign and n % 2 else "Infinity")
            with localcontext(ctx) as c:
                c.prec = ctx.prec + 3
                denom = self.__pow__(-n, None, c)
            return Decimal(1).__truediv__(denom, ctx)
        r = Decimal((self._sign if n % 2 else 0, (0,), 0))
        r._int, r._exp = self._int ** n, self._exp * n
        return r._fix(ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    # -- quantize and friends
    def _rescale(self, exp, rounding):
        """This number with exponent `exp`, rounding the digits that fall off."""
        if self._special is not None:
            return Decimal(self)
        if exp <= self._exp:
            coeff = self._int * 10 ** (self._exp - exp)
        else:
            coeff = _round_digits(self._int, exp - self._exp, rounding, self._sign == 1)
            flags = getcontext().flags
            flags[Rounded] = True
            if self._int % 10 ** (exp - self._exp):
                flags[Inexact] = True
        r = Decimal((self._sign, (0,), 0))
        r._int, r._exp = coeff, exp
        return r

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        if self._special or exp._special:
            if self._special == "F" and exp._special == "F":
                return Decimal(self)
            if self._isnan() or exp._isnan():
                return self if self._isnan() else exp
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        r = self._rescale(exp._exp, rounding)
        if len(str(r._int)) > ctx.prec:
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        return r

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special is not None or self._exp >= 0:
            return Decimal(self)
        ctx = context or getcontext()
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context or getcontext()
        r = self._fix(ctx)
        if r._special is not None:
            return r
        if r._int == 0:
            return Decimal((r._sign, (0,), 0))
        coeff, exp = r._int, r._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        out = Decimal((r._sign, (0,), 0))
        out._int, out._exp = coeff, exp
        return out

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special is not None:
            if self._isnan():
                return self
            if self._sign:
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            return Decimal(self)
        if self._int == 0:
            return Decimal((self._sign, (0,), self._exp // 2))
        if self._sign:
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        ideal = self._exp // 2
        # a coefficient with prec+1 digits in the root: scale by an even power of ten
        prec = ctx.prec + 1
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = prec - (len(str(c)) + 1) // 2
        if shift >= 0:
            c *= 100 ** shift
        else:
            c //= 100 ** -shift
        exact_in = c * (100 ** -shift if shift < 0 else 1)
        root = _math.isqrt(c)
        exact = root * root == c and (shift >= 0 or exact_in == self._int * (10 if self._exp % 2 else 1))
        exp = e // 2 - shift
        if not exact:
            if root % 5 == 0:
                root += 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        r = Decimal((0, (0,), 0))
        r._int, r._exp = root, exp
        with localcontext(ctx) as c2:
            c2.rounding = ROUND_HALF_EVEN
            return r._fix(c2)

    def exp(self, context=None):
        raise _unsupported("Decimal.exp()")

    def ln(self, context=None):
        raise _unsupported("Decimal.ln()")

    def log10(self, context=None):
        raise _unsupported("Decimal.log10()")

    def fma(self, other, third, context=None):
        return (self.__mul__(other, Context(prec=MAX_PREC))).__add__(third, context)

    # -- format()
    def __format__(self, spec, _localeconv=None):
        import re
        m = re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfF%gGn])?", spec)
        if m is None:
            raise ValueError(f"Invalid format specifier '{spec}' for object of type 'decimal.Decimal'")
        fill, align, sign, _z, _alt, zero, width, group, precision, ftype = m.groups()
        if ftype in ("g", "G", "n"):
            raise _unsupported(f"format type '{ftype}'")
        if zero and not align:
            fill, align = "0", "="
        fill = fill or " "
        align = align or ">"
        prec = int(precision) if precision is not None else None
        rounding = getcontext().rounding
        neg = self._sign == 1
        if self._special is not None:
            body = "Infinity" if self._special == "F" else "NaN"
        else:
            d = self._with_sign(0)
            if ftype == "%":
                d = Decimal((0, (0,), 0)).__class__(d)
                d._exp += 2
            if ftype in ("f", "F", "%"):
                if prec is not None:
                    d = d._rescale(-prec, rounding)
                digits = str(d._int)
                if d._exp >= 0:
                    intpart, frac = digits + "0" * d._exp, ""
                else:
                    digits = digits.rjust(-d._exp + 1, "0")
                    intpart, frac = digits[:d._exp], digits[d._exp:]
            elif ftype in ("e", "E"):
                digits = str(d._int)
                if prec is not None:
                    drop = len(digits) - (prec + 1)
                    c = _round_digits(d._int, drop, rounding, False)
                    e = d._exp + drop
                    if len(str(c)) > prec + 1:
                        c //= 10
                        e += 1
                    digits = str(c)
                    adj = e + len(digits) - 1
                else:
                    adj = d.adjusted()
                intpart, frac = digits[0], digits[1:]
                frac_e = ("E" if ftype == "E" else "e") + "%+d" % adj
            else:
                if prec is not None:
                    raise _unsupported("a precision without a format type")
                s = str(d)
                intpart, _, frac = s.partition(".")
                if "E" in s:
                    intpart, frac = s, ""
            if group and intpart.isdigit():
                sep = group
                parts = []
                while len(intpart) > 3:
                    parts.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                intpart = sep.join([intpart] + parts)
            body = intpart + ("." + frac if frac else "")
            if ftype in ("e", "E"):
                body += frac_e
            if ftype == "%":
                body += "%"
        sign_text = "-" if neg else ("+" if sign == "+" else " " if sign == " " else "")
        w = int(width) if width else 0
        pad = max(0, w - len(sign_text) - len(body))
        if align == "=":
            return sign_text + fill * pad + body
        text = sign_text + body
        if align == "<":
            return text + fill * pad
        if align == "^":
            return fill * (pad // 2) + text + fill * (pad - pad // 2)
        return fill * pad + text

    # -- pickling and copying
    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self


def _compare(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._special == "F" or b._special == "F":
        va = 0 if a._special != "F" else (-1 if a._sign else 1)
        vb = 0 if b._special != "F" else (-1 if b._sign else 1)
        if va == vb and va != 0:
            return 0
        if va or vb:
            return (va > vb) - (va < vb) if va != vb else 0
    if a._int == 0 and b._int == 0:
        return 0
    sa = -1 if a._sign else 1
    sb = -1 if b._sign else 1
    if a._int == 0:
        return -sb
    if b._int == 0:
        return sa
    if sa != sb:
        return sa
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp)
    y = b._int * 10 ** (b._exp - exp)
    return sa * ((x > y) - (x < y))


_numbers.Number.register(Decimal)

"""Decimal fixed and floating point arithmetic (pydive's decimal, a subset written in Python).

What is here follows the General Decimal Arithmetic specification as CPython's decimal does:
Decimal from str/int/float/tuple, + - * / // % ** (integral and non-integral exponents,
infinities and NaNs), comparisons and hashes that agree with int/float/Fraction, the context's
precision and rounding (all eight rounding modes), quantize, to_integral_value, sqrt,
normalize, exp, ln, log10 (correctly rounded, as libmpdec), logb, number_class, as_tuple,
str/repr in scientific notation, format() with the whole format-spec language of the C
implementation, localcontext(), the Context methods, and the signals that trap by default
(InvalidOperation, DivisionByZero, Overflow) raised as CPython raises them.

Not here yet (NotImplementedError naming them): logical operations, three-argument pow(),
subnormal rounding in the basic operations, and some of the Context's rarer methods.
"""

import math as _math
import sys as _sys
import numbers as _numbers
try:
    # object.__new__ refuses the C types pydive writes in Python; their __new__ uses this
    from _pydive import alloc as _alloc
except ImportError:
    _alloc = object.__new__

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
        self.flags = _FlagView(self)
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
        # a malformed string signals on this context, not on the current one
        saved = getcontext()
        setcontext(self)
        try:
            return Decimal(num)._fix(self)
        finally:
            setcontext(saved)

    def _raise(self, signal, detail=None):
        # _decimal flags and raises a condition as its InvalidOperation, naming the condition
        cond = signal in (ConversionSyntax, DivisionImpossible, DivisionUndefined)
        dict.__setitem__(self.flags, InvalidOperation if cond else signal, True)
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
        # libmpdec's condition bits in order; an InvalidOperation trap shows early because
        # the conditions that map to it (ConversionSyntax, ...) come first
        flag_order = [Clamped, DivisionByZero, Inexact, InvalidOperation, FloatOperation,
                      Overflow, Rounded, Subnormal, Underflow]
        trap_order = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
                      Overflow, Rounded, Subnormal, Underflow]
        flags = [s.__name__ for s in flag_order if self.flags.get(s)]
        traps = [s.__name__ for s in trap_order if s in self._traps]
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

    # one-operand operations that take the context last
    def exp(self, a):
        return _dec(a).exp(self)

    def ln(self, a):
        return _dec(a).ln(self)

    def log10(self, a):
        return _dec(a).log10(self)

    def logb(self, a):
        return _dec(a).logb(self)

    def number_class(self, a):
        return _dec(a).number_class(self)

    def normalize(self, a):
        return _dec(a).normalize(self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _dec(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return str(_dec(a))

    def to_eng_string(self, a):
        return _dec(a).to_eng_string()

    def is_finite(self, a):
        return _dec(a).is_finite()

    def is_infinite(self, a):
        return _dec(a).is_infinite()

    def is_nan(self, a):
        return _dec(a).is_nan()

    def is_zero(self, a):
        return _dec(a).is_zero()

    def is_signed(self, a):
        return _dec(a).is_signed()

    def copy_abs(self, a):
        return _dec(a).copy_abs()

    def copy_negate(self, a):
        return _dec(a).copy_negate()

    def copy_decimal(self, a):
        return Decimal(_dec(a))

    # two operands
    def compare(self, a, b):
        return _dec(a).compare(b, self)

    def max(self, a, b):
        return _dec(a).max(b, self)

    def min(self, a, b):
        return _dec(a).min(b, self)

    def max_mag(self, a, b):
        return _dec(a).max_mag(b, self)

    def min_mag(self, a, b):
        return _dec(a).min_mag(b, self)

    def compare_signal(self, a, b):
        return _dec(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return _dec(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _dec(a).compare_total_mag(b)

    def scaleb(self, a, b):
        return _dec(a).scaleb(b, self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_subnormal(self, a):
        return _dec(a).is_subnormal(self)

    def radix(self):
        return Decimal(10)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(b, self)

    def copy_sign(self, a, b):
        return _dec(a).copy_sign(b)

    def same_quantum(self, a, b):
        return _dec(a).same_quantum(b)

    def fma(self, a, b, c):
        return _dec(a).fma(b, c, self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def radix(self):
        return Decimal(10)


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


class _FlagView(dict):
    """context.flags: a dict of signal -> bool. A condition this module's operations
    raise on the context (Inexact, Rounded, ...) raises its signal when it is trapped, as
    _decimal does after the operation; a user's own write just sets the flag."""

    def __init__(self, ctx):
        super().__init__({s: False for s in _SIGNALS})
        self._ctx = ctx

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if value and key in self._ctx._traps and _sys._getframe(1).f_globals is globals():
            raise key([key])

    def _signal(self, *signals):
        """Raise these conditions of one operation together: all their flags first, then
        the first trapped one, with the list of those trapped."""
        for sig in signals:
            super().__setitem__(sig, True)
        trapped = [s for s in _SIGNALS if s in signals and s in self._ctx._traps]
        if trapped:
            raise trapped[0](trapped)


# in the order CPython's context.flags and .traps list them
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]

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


def _group_digits(digits, sep, min_width):
    """digits in groups of three joined by sep (none when sep is empty), padded with zeros
    (and separators) to min_width."""
    if not sep:
        return digits.rjust(max(min_width, 1), "0")
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, "0") if digits else "0" * size)
        digits = digits[:-size] if len(digits) > size else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _ndigits(n):
    """The number of decimal digits of abs(n) (1 for 0), without str() (which refuses ints
    past 4300 digits)."""
    n = abs(n)
    if n < 1 << 60:
        return len(str(n))
    d = (n.bit_length() - 1) * 1233 >> 12      # a lower bound of log10(n)
    p = 10 ** d
    while p <= n:
        d += 1
        p *= 10
    return d


def _leading(n):
    """The first (up to) 17 digits of n > 0, as an int."""
    k = _ndigits(n)
    return n if k <= 17 else n // 10 ** (k - 17)


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
        self = _alloc(cls)
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
        return self._exp + _ndigits(self._int) - 1

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
        return "Decimal('" + str(self) + "')"

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
            raise OverflowError("cannot convert Infinity to integer")
        if self._isnan():
            raise ValueError("cannot convert NaN to integer")
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
        if self._special == "N" or (isinstance(other, Decimal) and other._special == "N"):
            getcontext()._raise(InvalidOperation)
            return False
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
        # the numeric hash of int/float/Fraction, modulo the Mersenne prime, without
        # building 10**exp (Decimal('1E-999999') hashes at once)
        modulus = 2305843009213693951            # sys.hash_info.modulus
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._int * scale % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _nan_operand(self, other, ctx):
        """The NaN result of an operation on self and other when one is a NaN: an sNaN
        signals InvalidOperation (and gives its quiet twin), else the first quiet NaN."""
        for v in (self, other):
            if v._special == "N":
                return v._quiet_snan(ctx)
        for v in (self, other):
            if v._special == "n":
                return v
        return None

    def compare(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        nan = self._nan_operand(other, ctx)
        if nan is not None:
            return nan
        return Decimal(_compare(self, other))

    def _max_min(self, other, ctx, want):
        """max (want=1) or min (want=-1): a quiet NaN loses to a number; equal values are
        told apart by the total order (sign, then exponent)."""
        if self._isnan() or other._isnan():
            if self._special == "N" or other._special == "N":
                return self._nan_operand(other, ctx)
            if self._isnan() and other._isnan():
                return self
            return (other if self._isnan() else self)._fix(ctx)
        c = _compare(self, other)
        if c == 0:
            if self._sign != other._sign:
                c = -1 if self._sign else 1
            else:
                c = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    c = -c
        return (self if c * want >= 0 else other)._fix(ctx)

    def max(self, other, context=None):
        return self._max_min(_dec(other), context or getcontext(), 1)

    def min(self, other, context=None):
        return self._max_min(_dec(other), context or getcontext(), -1)

    def _mag_pick(self, other, context, want):
        other = _dec(other)
        if not (self._isnan() or other._isnan()):
            c = _compare(self.copy_abs(), other.copy_abs())
            if c:
                return (self if c == want else other)._fix(context or getcontext())
        return self._max_min(other, context or getcontext(), want)

    def max_mag(self, other, context=None):
        return self._mag_pick(other, context, 1)

    def min_mag(self, other, context=None):
        return self._mag_pick(other, context, -1)

    def compare_signal(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        if self._isnan() or other._isnan():
            ctx._raise(InvalidOperation)
            nan = self._nan_operand(other, ctx)
            return Decimal((nan._sign, (), "n")) if nan._special == "N" else nan
        return self.compare(other, ctx)

    def _total_rank(self):
        # within one sign: numbers, infinity, signalling NaNs, quiet NaNs
        return {None: 0, "F": 1, "N": 2, "n": 3}[self._special]

    def compare_total(self, other, context=None):
        other = _dec(other)
        if self._sign != other._sign:
            return Decimal(-1 if self._sign else 1)
        ra, rb = self._total_rank(), other._total_rank()
        if ra != rb:
            c = (ra > rb) - (ra < rb)
        elif ra >= 2:  # NaNs by payload
            c = (self._int > other._int) - (self._int < other._int)
        elif ra == 1:
            c = 0
        else:  # equal values: the smaller exponent first
            c = _compare(self.copy_abs(), other.copy_abs()) or (
                (self._exp > other._exp) - (self._exp < other._exp))
        return Decimal(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_dec(other).copy_abs())

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def radix(self):
        return Decimal(10)

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return self.is_finite() and not self.is_zero() and self.adjusted() < ctx.Emin

    def scaleb(self, other, context=None):
        other = _dec(other)
        ctx = context or getcontext()
        nan = self._nan_operand(other, ctx)
        if nan is not None:
            return nan
        if other._special is not None or other._exp != 0:
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        if self._special is not None:
            return self
        r = Decimal(self)
        r._exp += -other._int if other._sign else other._int
        return r._fix(ctx)

    # -- rounding to the context
    def _fix(self, ctx):
        if self._special is not None:
            return self
        etiny = ctx.Emin - ctx.prec + 1
        if self._int == 0 and self._exp < etiny:
            # a zero below the smallest exponent is clamped to it
            ctx.flags[Clamped] = True
            return Decimal((self._sign, (0,), etiny))
        if self._int and self.adjusted() < ctx.Emin and self._exp < etiny:
            # subnormal: the digits below Etiny are rounded off (Underflow when inexact,
            # Clamped when nothing is left)
            drop = etiny - self._exp
            coeff = _round_digits(self._int, drop, ctx.rounding, self._sign == 1)
            result = Decimal((self._sign, (0,), 0))
            result._int, result._exp = coeff, etiny
            signals = [Subnormal, Rounded]
            if _ndigits(self._int) <= drop or self._int % 10 ** drop:
                signals += [Inexact, Underflow] + ([Clamped] if coeff == 0 else [])
            ctx.flags._signal(*signals)
            return result
        digits = _ndigits(self._int)
        if digits <= ctx.prec:
            result = self
        else:
            drop = digits - ctx.prec
            coeff = _round_digits(self._int, drop, ctx.rounding, self._sign == 1)
            exp = self._exp + drop
            if _ndigits(coeff) > ctx.prec:
                coeff //= 10
                exp += 1
            result = Decimal((self._sign, (0,), 0))
            result._int, result._exp = coeff, exp
            ctx.flags._signal(Rounded, *((Inexact,) if self._int % 10 ** drop else ()))
        if result._int and result.adjusted() < ctx.Emin:
            ctx.flags._signal(Subnormal)
        if result._int and result.adjusted() > ctx.Emax:
            ctx._raise(Overflow)
            return Decimal("-Infinity" if self._sign else "Infinity")
        return result

    # -- arithmetic
    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special == "N":
            return self._quiet_snan(ctx)
        if self._special is None and self._int == 0:
            return Decimal((0, (0,), self._exp))
        return self._fix(ctx)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special == "N":
            return self._quiet_snan(ctx)
        if self._special is None and self._int == 0:
            return Decimal((0, (0,), self._exp))
        return self._with_sign(1 - self._sign)._fix(ctx)

    def __abs__(self, context=None):
        ctx = context or getcontext()
        if self._special == "N":
            return self._quiet_snan(ctx)
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
            ctx.flags[Clamped] = True
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
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
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
            nan = self._nan_operand(other, ctx)
            if nan is not None:
                return nan, nan
            sign = self._sign ^ other._sign
            if self._special == "F":
                # inf // x is an infinity, but no remainder exists (nor inf // inf)
                ctx._raise(InvalidOperation)
                quot = Decimal("NaN") if other._special == "F" else Decimal(
                    "-Infinity" if sign else "Infinity")
                return quot, Decimal("NaN")
            # finite // inf: 0, and the remainder is the dividend
            return Decimal((sign, (0,), 0)), self._fix(ctx)
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
        if _ndigits(q) > ctx.prec:
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
        if self._special == "F" and other._special is None:
            return Decimal("-Infinity" if self._sign ^ other._sign else "Infinity")
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
        if self._isnan() or other._isnan():
            for v in (self, other):
                if v._special == "N":
                    return v._quiet_snan(ctx)
            return self if self._isnan() else other
        y_integral = other._special is None and (
            other._exp >= 0 or other._int % 10 ** -other._exp == 0)
        odd = y_integral and int(other) % 2 == 1
        neg = 1 if self._sign and odd else 0
        if self._special is None and self._int == 0:
            if other._special is None and other._int == 0:
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            if other._sign:
                return Decimal("-Infinity" if neg else "Infinity")
            return Decimal((neg, (0,), 0))
        if self._sign and not y_integral:
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        if self._special == "F":
            if other._special is None and other._int == 0:
                return Decimal(1)
            if other._sign:
                return Decimal((neg, (0,), 0))
            return Decimal("-Infinity" if neg else "Infinity")
        is_one = self._compare_abs_one() == 0 and not self._sign
        if other._special == "F" or not y_integral:
            if is_one:
                # 1 ** y for a non-integral y: 1 with all the context's digits, inexact
                r = Decimal((0, (0,), 0))
                r._int, r._exp = 10 ** (ctx.prec - 1), 1 - ctx.prec
                ctx.flags._signal(Inexact, Rounded)
                return r
        if other._special == "F":
            small = self._compare_abs_one() < 0
            if small != bool(other._sign):
                return Decimal(0)
            return Decimal("Infinity")
        if not y_integral:
            return self._real_power(other, ctx)
        n = int(other)
        if n == 0:
            if self._int == 0:
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            return Decimal(1)
        if n < 0:
            with localcontext(ctx) as c:
                c.prec = ctx.prec + 3
                denom = self.__pow__(-n, None, c)
            return Decimal(1).__truediv__(denom, ctx)
        r = Decimal((self._sign if n % 2 else 0, (0,), 0))
        r._int, r._exp = self._int ** n, self._exp * n
        return r._fix(ctx)

    def _compare_abs_one(self):
        """-1, 0, 1 as |self| is below, at or above 1 (self finite)."""
        return _compare(self._with_sign(0), Decimal(1))

    def _real_power(self, other, ctx):
        """self ** other for self > 0 and a non-integral other: exp(other * ln(self)),
        correctly rounded."""
        y = other._int * (-1 if other._sign else 1)
        ye = other._exp
        # beyond the exponent range: an overflow or an underflow whatever the digits
        est = (float(other) if other.adjusted() < 300 else _math.copysign(_math.inf, y)) * (
            _math.log(_leading(self._int)) + (self._exp + max(0, _ndigits(self._int) - 17))
            * _math.log(10))
        if est / _LN10_FLOAT > ctx.Emax + 2:
            ctx.flags._signal(Inexact, Rounded)
            ctx._raise(Overflow)
            return Decimal("Infinity")
        if est / _LN10_FLOAT < ctx.Etiny() - 2:
            for sig in (Inexact, Rounded, Subnormal, Clamped):
                ctx.flags[sig] = True
            ctx._raise(Underflow)
            return Decimal((0, (0,), ctx.Etiny()))

        def approx(g):
            extra = _ndigits(abs(y)) + max(ye, 0) + len(str(int(abs(est)) + 1)) + 5
            gg = g + extra
            ln, _ = _ln_fixed(self._int, self._exp, gg)
            # (ln * 10**-gg) * (y * 10**ye) = ln * y * 10**(ye - gg)
            return _exp_fixed(ln * y, ye - gg, g)
        return _correctly_rounded(approx, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    # -- quantize and friends
    def _rescale(self, exp, rounding, ctx=None):
        """This number with exponent `exp`, rounding the digits that fall off (quantize
        signals Rounded/Inexact on its context; formatting and to_integral_value do not)."""
        if self._special is not None:
            return Decimal(self)
        if exp <= self._exp:
            coeff = self._int * 10 ** (self._exp - exp)
        else:
            coeff = _round_digits(self._int, exp - self._exp, rounding, self._sign == 1)
            if ctx is not None:
                # a zero loses no digits
                ctx.flags._signal(*((Rounded,) if self._int != 0 else ()),
                                  *((Inexact,) if self._int % 10 ** (exp - self._exp) else ()))
        r = Decimal((self._sign, (0,), 0))
        r._int, r._exp = coeff, exp
        return r

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        if self._special or exp._special:
            if self._special == "N" or exp._special == "N":
                return (self if self._special == "N" else exp)._quiet_snan(ctx)
            if self._special == "F" and exp._special == "F":
                return Decimal(self)
            if self._isnan() or exp._isnan():
                return self if self._isnan() else exp
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        r = self._rescale(exp._exp, rounding, ctx)
        if _ndigits(r._int) > ctx.prec:
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        return r

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._special == "N":
            return self._quiet_snan(ctx)
        if self._special is not None or self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special == "N":
            return self._quiet_snan(ctx)
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

    def _quiet_snan(self, ctx):
        """An sNaN operand signals InvalidOperation and gives a quiet NaN; else None."""
        if self._special == "N":
            ctx._raise(InvalidOperation)
            r = Decimal(self)
            r._special = "n"
            return r
        return None

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special is not None:
            if self._isnan():
                return self._quiet_snan(ctx) or self
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
        shift = prec - (_ndigits(c) + 1) // 2
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
        # sqrt rounds half-even whatever the context says; its flags go to the context
        saved = ctx.rounding
        ctx.rounding = ROUND_HALF_EVEN
        try:
            return r._fix(ctx)
        finally:
            ctx.rounding = saved

    # -- exp, ln, log10: correctly rounded (ROUND_HALF_EVEN whatever the context says), as
    # CPython's libmpdec gives them. See _correctly_rounded for the method.
    def _transcendental_special(self, ctx, name):
        """The result for NaN, infinite, zero and negative operands, or None."""
        if self._isnan():
            return self._quiet_snan(ctx) or self
        if self._special == "F":
            if name == "exp":
                return Decimal(0) if self._sign else Decimal("Infinity")
            if self._sign:
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            return Decimal("Infinity")
        if name == "exp":
            return Decimal(1) if self._int == 0 else None
        if self._int == 0:
            return Decimal("-Infinity")
        if self._sign:
            ctx._raise(InvalidOperation)
            return Decimal("NaN")
        return None

    def exp(self, context=None):
        ctx = context or getcontext()
        r = self._transcendental_special(ctx, "exp")
        if r is not None:
            return r
        x = self._int * (-1 if self._sign else 1)
        # e**x = 10**n * e**r with n = floor(x / ln 10): beyond the exponent range it is an
        # overflow or an underflow to zero whatever the digits
        approx_n = float(self) / _LN10_FLOAT if self.adjusted() < 300 else (
            _math.inf if not self._sign else -_math.inf)
        if approx_n > ctx.Emax + 2:
            ctx.flags._signal(Inexact, Rounded)
            ctx._raise(Overflow)
            return Decimal("Infinity")
        if approx_n < ctx.Etiny() - 2:
            for sig in (Inexact, Rounded, Subnormal, Clamped):
                ctx.flags[sig] = True
            ctx._raise(Underflow)
            return Decimal((0, (0,), ctx.Etiny()))
        return _correctly_rounded(lambda g: _exp_fixed(x, self._exp, g), ctx)

    def ln(self, context=None):
        ctx = context or getcontext()
        r = self._transcendental_special(ctx, "ln")
        if r is not None:
            return r
        c, e = self._int, self._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        if c == 1 and e == 0:
            return Decimal(0)      # ln 1, the one exact case
        return _correctly_rounded(lambda g: _ln_fixed(self._int, self._exp, g), ctx)

    def log10(self, context=None):
        ctx = context or getcontext()
        r = self._transcendental_special(ctx, "log10")
        if r is not None:
            return r
        c, e = self._int, self._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        if c == 1:
            # a power of ten: the exact integer (rounded to the context like any result)
            return Decimal(e)._fix(ctx)

        def approx(g):
            scaled, exp = _ln_fixed(self._int, self._exp, g + 2)
            return scaled * 10 ** (g + 2) // _ln10_fixed(g + 2), exp
        return _correctly_rounded(approx, ctx)

    def logb(self, context=None):
        ctx = context or getcontext()
        if self._isnan():
            if self._special == "N":
                ctx._raise(InvalidOperation)
                return Decimal("NaN")
            return self
        if self._special == "F":
            return Decimal("Infinity")
        if self._int == 0:
            ctx._raise(DivisionByZero)
            return Decimal("-Infinity")
        return Decimal(self.adjusted())._fix(ctx)

    def number_class(self, context=None):
        ctx = context or getcontext()
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        return sign + ("Normal" if self.adjusted() >= ctx.Emin else "Subnormal")

    def fma(self, other, third, context=None):
        return (self.__mul__(other, Context(prec=MAX_PREC))).__add__(third, context)

    # -- format()
    def __format__(self, spec, _localeconv=None):
        """format(): the General Decimal Arithmetic's to-string with CPython's format-spec
        mini-language on top: [[fill]align][sign][z][0][width][,][.precision][type]."""
        import re
        m = re.fullmatch(r"(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?(\d+)?(,)?(?:\.(\d+))?([eEfFgGn%])?",
                         spec, re.S)
        if m is None:
            raise ValueError("invalid format string")
        fill, align, sign_opt, no_neg_0, zeropad, width, comma, precision, ftype = m.groups()
        if zeropad and (fill is not None or align is not None):
            raise ValueError("invalid format string")
        if ftype == "n" and comma:
            raise ValueError("invalid format string")
        ctx = getcontext()
        prec = int(precision) if precision is not None else None
        if ftype is None:
            ftype = "G" if ctx.capitals else "g"
        elif ftype == "n":
            ftype = "g"
        if prec == 0 and ftype in "gG":
            prec = 1
        sign = self._sign
        if self._special is not None:
            body = {"F": "Infinity", "n": "NaN", "N": "sNaN"}[self._special]
            if self._special != "F" and self._int:
                body += str(self._int)
            if ftype == "%":
                body += "%"
            intpart, rest = "", body
        else:
            d = Decimal(self)
            if ftype == "%":
                d._exp += 2
            rounding = ctx.rounding
            if prec is not None:
                if ftype in "eE":
                    d = d._round_sig(prec + 1, rounding)
                elif ftype in "fF%":
                    d = d._rescale(-prec, rounding)
                elif ftype in "gG" and _ndigits(d._int) > prec:
                    d = d._round_sig(prec, rounding)
            if d._int == 0 and d._exp > 0 and ftype in "fF%":
                d = d._rescale(0, rounding)
            if d._int == 0 and no_neg_0:
                sign = 0
            digits = str(d._int)
            leftdigits = d._exp + len(digits)
            if ftype in "eE":
                dotplace = 1 - prec if (d._int == 0 and prec is not None) else 1
            elif ftype in "fF%":
                dotplace = leftdigits
            else:
                dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
            if dotplace < 0:
                intpart, frac = "0", "0" * -dotplace + digits
            elif dotplace > len(digits):
                intpart, frac = digits + "0" * (dotplace - len(digits)), ""
            else:
                intpart, frac = digits[:dotplace] or "0", digits[dotplace:]
            exp = leftdigits - dotplace
            rest = "." + frac if frac else ""
            if exp != 0 or ftype in "eE":
                rest += ("E" if ftype in "EG" else "e") + "%+d" % exp
            if ftype == "%":
                rest += "%"
        sign_text = "-" if sign else (sign_opt if sign_opt in ("+", " ") else "")
        w = int(width) if width else 0
        if self._special is None:
            min_width = w - len(rest) - len(sign_text) if zeropad else 0
            intpart = _group_digits(intpart, "," if comma else "", min_width)
        body = intpart + rest
        if zeropad and self._special is not None:
            fill, align = " ", ">"        # infinities and NaNs are not zero-padded
        elif zeropad:
            fill, align = "0", "="
        fill = fill if fill is not None else " "
        align = align or ">"
        pad = fill * max(0, w - len(sign_text) - len(body))
        if align == "<":
            return sign_text + body + pad
        if align == "=":
            return sign_text + pad + body
        if align == "^":
            half = len(pad) // 2
            return pad[:half] + sign_text + body + pad[half:]
        return pad + sign_text + body

    def _round_sig(self, places, rounding):
        """This number rounded to `places` significant digits (zeros and specials as they
        are)."""
        if self._special is not None or self._int == 0:
            return Decimal(self)
        drop = _ndigits(self._int) - places    # negative: zeros appended
        r = self._rescale(self._exp + drop, rounding)
        if _ndigits(r._int) > places:
            r = r._rescale(r._exp + 1, rounding)
        return r

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


# ---- fixed-point helpers for exp/ln/log10 ------------------------------------------------
# A value v is carried as an integer V with v ~ V * 10**-g ("g digits after the point").

_LN10_FLOAT = 2.302585092994046


def _atanh_fixed(num, den, g):
    """atanh(num/den) * 10**g for |num/den| well below 1, by its odd power series."""
    if num < 0:
        return -_atanh_fixed(-num, den, g)
    term = num * 10 ** g // den
    total = term
    num2, den2 = num * num, den * den
    k = 3
    while term:
        term = term * num2 // den2
        total += term // k
        k += 2
    return total


_LN_CACHE = {}


def _ln2_fixed(g):
    if ("2", g) not in _LN_CACHE:
        _LN_CACHE[("2", g)] = 2 * _atanh_fixed(1, 3, g + 5) // 10 ** 5     # ln 2 = 2 atanh(1/3)
    return _LN_CACHE[("2", g)]


def _ln10_fixed(g):
    if ("10", g) not in _LN_CACHE:
        # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9)
        v = 3 * _ln2_fixed(g + 5) + 2 * _atanh_fixed(1, 9, g + 5)
        _LN_CACHE[("10", g)] = v // 10 ** 5
    return _LN_CACHE[("10", g)]


def _ln_fixed(c, e, g):
    """(L, -g) with ln(c * 10**e) ~ L * 10**-g, within a few units of the last place."""
    n = _ndigits(c)
    # c * 10**e = m * 10**(e + n) with m = c / 10**n in [0.1, 1); m * 2**j near 1
    lead = _leading(c) / 10 ** min(17, n)
    j = max(0, round(-_math.log2(lead)))
    k = e + n
    gg = g + 5 + _ndigits(abs(k))
    m = (c << j) * 10 ** gg // 10 ** n
    one = 10 ** gg
    total = 2 * _atanh_fixed(m - one, m + one, gg) - j * _ln2_fixed(gg) + k * _ln10_fixed(gg)
    return total // 10 ** (gg - g), -g


def _exp_fixed(x, e, g):
    """(E, s) with exp(x * 10**e) ~ E * 10**s, E about g+1 digits."""
    # x * 10**e as a fixed-point number with enough digits for n * ln 10 to stay exact
    gn = g + 5
    while True:
        xv = x * 10 ** (e + gn) if e + gn >= 0 else x // 10 ** -(e + gn)
        ln10 = _ln10_fixed(gn)
        n = xv // ln10
        if _ndigits(abs(n)) + g + 5 <= gn:
            break
        gn = g + 5 + _ndigits(abs(n))
    r = xv - n * ln10          # in [0, ln 10)
    one = 10 ** gn
    term = total = one
    k = 1
    while term:
        term = term * r // (one * k)
        total += term
        k += 1
    return total // 10 ** (gn - g), n - g


def _correctly_rounded(approx, ctx):
    """The context's precision of a value that approx(g) gives as (A, s), meaning A * 10**s
    within a few units of A; the working digits g grow until A - slack and A + slack round
    to the same prec digits (ROUND_HALF_EVEN), so the result is the correctly rounded one."""
    prec = ctx.prec
    g = prec + 10
    slack = 100
    while True:
        a, s = approx(g)
        neg = a < 0
        a = abs(a)
        digits = _ndigits(a)
        # a result below Emin keeps only the digits down to Etiny (subnormal)
        p = min(prec, digits + s - ctx.Etiny())
        if digits >= prec + 6 and p >= 1:
            lo = _round_to_prec(a - slack, s, p)
            hi = _round_to_prec(a + slack, s, p)
            if lo == hi:
                break
        elif p < 1:
            lo = (0, ctx.Etiny())
            break
        g += max(prec + 10 - digits, 10)
    coeff, exp = lo
    r = Decimal((1 if neg else 0, (0,), 0))
    r._int, r._exp = coeff, exp
    ctx.flags._signal(Inexact, Rounded)
    if coeff == 0 or exp + _ndigits(coeff) - 1 < ctx.Emin:
        ctx.flags[Subnormal] = True
        if coeff == 0:
            ctx.flags[Clamped] = True
        ctx._raise(Underflow)
    return r._fix(ctx)


def _round_to_prec(a, s, prec):
    drop = _ndigits(a) - prec
    coeff = _round_digits(a, drop, ROUND_HALF_EVEN, False)
    exp = s + drop
    if _ndigits(coeff) > prec:
        coeff //= 10
        exp += 1
    return coeff, exp


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


try:
    import _pydive  # error messages call these CPython's C names
    _pydive.set_tp_name(Decimal, "decimal.Decimal")
    _pydive.set_tp_name(Context, "decimal.Context")
    _pydive.set_immutable(Decimal, Context)
    del _pydive
except ImportError:
    pass


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module

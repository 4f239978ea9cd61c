"""Exact rational arithmetic: Fraction (pydive's fractions, with the API, results and
messages of CPython 3.12's)."""

import math
import numbers
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _parse_rational(text):
    """(numerator, denominator) of "[-+]N[/D]" or a decimal "[-+]N.N[eE[-+]N]" literal
    (underscores between digits allowed), else None."""
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]

    def digits(t):
        if not t or t.startswith("_") or t.endswith("_") or "__" in t:
            return None
        t2 = t.replace("_", "")
        if not t2.isdigit():
            return None
        try:
            return int(t2)  # decimal digits of any script, as the regex's \d
        except ValueError:
            return None  # digits that are not decimal ones, such as superscripts

    if "/" in s:
        num, _, den = s.partition("/")
        n, d = digits(num.rstrip()), digits(den.lstrip())
        if n is None or d is None:
            return None
        return sign * n, d
    mantissa, exp = s, 0
    for e in ("e", "E"):
        if e in s:
            mantissa, _, exp_text = s.partition(e)
            esign = 1
            if exp_text[:1] in ("+", "-"):
                esign = -1 if exp_text[0] == "-" else 1
                exp_text = exp_text[1:]
            exp = digits(exp_text)
            if exp is None:
                return None
            exp *= esign
            break
    whole, dot, frac = mantissa.partition(".")
    if not whole and not frac:
        return None
    n = digits(whole) if whole else 0
    f = digits(frac) if frac else 0
    if n is None or f is None or (dot and not whole and not frac):
        return None
    scale = 10 ** len(frac.replace("_", "")) if frac else 1
    numerator, denominator = n * scale + f, scale
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _coprime(cls, n, d):
    # a Fraction of n/d already in lowest terms with d > 0: no gcd needed
    obj = object.__new__(cls)
    obj._numerator = n
    obj._denominator = d
    return obj


def _mixed(core, fallback):
    """The forward and reflected operator methods for one arithmetic operation: exact
    (core) between Fractions and ints, float or complex arithmetic (fallback) with a
    float or complex operand."""
    def forward(a, b):
        if isinstance(b, Fraction):
            return core(a, b)
        if isinstance(b, int):
            return core(a, _coprime(Fraction, b, 1))
        if isinstance(b, float):
            return fallback(float(a), b)
        if isinstance(b, complex):
            return fallback(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, numbers.Rational):
            return core(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return fallback(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return fallback(complex(a), complex(b))
        return NotImplemented

    name = fallback.__name__.strip('_')
    forward.__name__ = f'__{name}__'
    reflected.__name__ = f'__r{name}__'
    return forward, reflected


def _sum(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _difference(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _product(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _quotient(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floor_quotient(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _quotient_remainder(a, b):
    scale = a._denominator * b._denominator
    q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return q, Fraction(r, scale)


def _remainder(a, b):
    scale = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), scale)


# the float/complex operations the mixed operators fall back to (named as operator's)
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b


_FALLBACKS = (add, sub, mul, truediv, floordiv, mod)
del add, sub, mul, truediv, floordiv, mod


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=None): an exact rational number, kept in lowest
    terms with a positive denominator.

    Built from two Rationals, or from one int, Rational, float (exactly), or a string
    such as '-3/4', '1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            n = numerator
            if type(n) is int:
                return _coprime(cls, n, 1)
            if isinstance(n, numbers.Rational):
                return _coprime(cls, n.numerator, n.denominator)
            if isinstance(n, float) or type(n).__name__ == 'Decimal':
                return _coprime(cls, *n.as_integer_ratio())
            if not isinstance(n, str):
                raise TypeError('argument should be a string or a Rational instance')
            parsed = _parse_rational(n)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % n)
            numerator, denominator = parsed
        elif not (type(numerator) is int and type(denominator) is int):
            if not (isinstance(numerator, numbers.Rational)
                    and isinstance(denominator, numbers.Rational)):
                raise TypeError('both arguments should be Rational instances')
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        common = math.gcd(numerator, denominator)
        if denominator < 0:
            common = -common  # the sign goes to the numerator
        return _coprime(cls, numerator // common, denominator // common)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return _coprime(cls, *f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a decimal.Decimal (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return _coprime(cls, *dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        return _coprime(cls, numerator, denominator)

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator), in lowest terms."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator
        (found from the continued-fraction convergents and the best semiconvergent)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # convergents p/q; (lo_p, lo_q) is the one before (hi_p, hi_q)
        lo_p, lo_q, hi_p, hi_q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            term = n // d
            next_q = lo_q + term * hi_q
            if next_q > max_denominator:
                break
            lo_p, lo_q, hi_p, hi_q = hi_p, hi_q, lo_p + term * hi_p, next_q
            n, d = d, n - term * d
        k = (max_denominator - lo_q) // hi_q
        semi_q = lo_q + k * hi_q
        # the convergent wins ties: it has the smaller denominator
        if 2 * d * semi_q <= self._denominator:
            return _coprime(Fraction, hi_p, hi_q)
        return _coprime(Fraction, lo_p + k * hi_p, semi_q)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        return _format_fraction(self, format_spec)

    __add__, __radd__ = _mixed(_sum, _FALLBACKS[0])
    __sub__, __rsub__ = _mixed(_difference, _FALLBACKS[1])
    __mul__, __rmul__ = _mixed(_product, _FALLBACKS[2])
    __truediv__, __rtruediv__ = _mixed(_quotient, _FALLBACKS[3])
    __floordiv__, __rfloordiv__ = _mixed(_floor_quotient, _FALLBACKS[4])
    __divmod__, __rdivmod__ = _mixed(_quotient_remainder, divmod)
    __mod__, __rmod__ = _mixed(_remainder, _FALLBACKS[5])

    def __pow__(a, b):
        """a ** b: exact for an integral b, else a float (or complex) power."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        n, d = a._numerator, a._denominator
        if power >= 0:
            return _coprime(Fraction, n ** power, d ** power)
        if n == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % d ** -power)
        # a negative power inverts; the sign moves to the new numerator
        if n < 0:
            n, d = -n, -d
        return _coprime(Fraction, d ** -power, n ** -power)

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator  # an int stays an int
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _coprime(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _coprime(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _coprime(Fraction, abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): to the nearest, ties to even; an int without ndigits."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator or (twice == self._denominator and q % 2 == 0):
                return q
            return q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """The hash every equal number has (the numeric hash modulo a prime)."""
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:  # the denominator is a multiple of the modulus
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isnan(b) or math.isinf(b):
            return 0.0 == b  # a finite number equals neither
        return a == a.from_float(b)

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isnan(other) or math.isinf(other):
            return op(0.0, other)  # any finite number stands where 0.0 does
        return op(self, self.from_float(other))

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    # immutable: a copy of an exact Fraction is itself
    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


# ---- float-style formatting (Python 3.12): exact digits, not those of float(self)

def _round_at(n, d, exponent, positive_zero=False):
    """n/d (d > 0) rounded half-to-even to a multiple of 10**exponent:
    (is_negative, significand), value = -+significand * 10**exponent."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + d // 2, d)
    if r == 0 and d % 2 == 0:
        q -= q % 2  # an exact tie: to the even neighbour
    return (q < 0 if positive_zero else n < 0), abs(q)


def _round_figures(n, d, figures):
    """n/d rounded to `figures` significant digits: (is_negative, significand,
    exponent) with 10**(figures-1) <= significand < 10**figures unless n == 0."""
    if n == 0:
        return False, 0, 1 - figures
    num, den = str(abs(n)), str(d)
    # magnitude m with 10**(m-1) <= |n|/d <= 10**m
    m = len(num) - len(den) + (den <= num)
    exponent = m - figures
    negative, significand = _round_at(n, d, exponent)
    if len(str(significand)) == figures + 1:  # rounding carried into a new digit
        significand //= 10
        exponent += 1
    return negative, significand, exponent


def _parse_float_spec(spec):
    """The fields of [[fill]align][sign][z][#][0][width][,|_][.precision]type (type
    one of eEfFgG%), or None when spec is not of that form."""
    i, n = 0, len(spec)
    fill = align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = ''
    if spec[i:i + 1] in ('-', '+', ' '):
        sign, i = spec[i], i + 1
    no_neg_zero = spec[i:i + 1] == 'z'
    i += no_neg_zero
    alternate = spec[i:i + 1] == '#'
    i += alternate
    # a '0' before another digit asks for zero padding; alone it is the width 0
    zeropad = spec[i:i + 1] == '0' and spec[i + 1:i + 2] in _DIGITS
    i += zeropad
    start = i
    if spec[i:i + 1] == '0':
        i += 1
    else:
        while spec[i:i + 1] in _DIGITS:
            i += 1
    width = int(spec[start:i] or '0')
    thousands = ''
    if spec[i:i + 1] in (',', '_'):
        thousands, i = spec[i], i + 1
    precision = 6
    if spec[i:i + 1] == '.':
        start = i = i + 1
        if spec[i:i + 1] == '0':
            i += 1
        else:
            while spec[i:i + 1] in _DIGITS:
                i += 1
        if i == start:
            return None
        precision = int(spec[start:i])
    if i != n - 1 or spec[i] not in 'eEfFgG%':
        return None
    return fill, align, sign, no_neg_zero, alternate, zeropad, width, thousands, precision, spec[i]


_DIGITS = ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')


def _format_fraction(value, spec):
    fields = _parse_float_spec(spec)
    kind = type(value).__name__
    if fields is None:
        raise ValueError(f'Invalid format specifier {spec!r} for object of type {kind!r}')
    fill, align, sign, no_neg_zero, alternate, zeropad, width, thousands, precision, ptype = fields
    if align is not None and zeropad:
        raise ValueError(f'Invalid format specifier {spec!r} for object of type {kind!r}; '
                         "can't use explicit alignment when zero-padding")
    fill = fill or ' '
    align = align or '>'
    plus = '' if sign == '-' else sign
    n, d = value._numerator, value._denominator
    # digits: the rounded significand; after: how many of its digits follow the point
    if ptype in 'fF%':
        exponent = -precision - (2 if ptype == '%' else 0)
        negative, digits = _round_at(n, d, exponent, no_neg_zero)
        scientific = False
        after = precision
    else:
        figures = max(precision, 1) if ptype in 'gG' else precision + 1
        negative, digits, exponent = _round_figures(n, d, figures)
        scientific = ptype in 'eE' or exponent > 0 or exponent + figures <= -4
        after = figures - 1 if scientific else -exponent
    if ptype == '%':
        suffix = '%'
    elif scientific:
        suffix = '%s%+03d' % ('E' if ptype in 'EFG' else 'e', exponent + after)
    else:
        suffix = ''
    text = str(digits).rjust(after + 1, '0')
    whole, frac = text[:len(text) - after], text[len(text) - after:]
    if ptype in 'gG' and not alternate:
        frac = frac.rstrip('0')
    point = '.' if frac or alternate else ''
    tail = point + frac + suffix
    sign = '-' if negative else plus
    if zeropad:
        room = width - len(sign) - len(tail)
        # separators will be inserted into the zeros too: pad fewer digits
        whole = whole.zfill(3 * room // 4 + 1 if thousands else room)
    if thousands:
        lead = 1 + (len(whole) - 1) % 3
        whole = whole[:lead] + ''.join(thousands + whole[k:k + 3]
                                      for k in range(lead, len(whole), 3))
    body = whole + tail
    pad = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + pad
    if align == '^':
        half = len(pad) // 2
        return pad[:half] + sign + body + pad[half:]
    if align == '=':
        return sign + pad + body
    return pad + sign + body

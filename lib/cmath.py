"""Mathematical functions for complex numbers (pydive's cmath, in Python over math).

The formulas are the ones CPython's Modules/cmathmodule.c uses for finite arguments (so results
agree to the last bit there). For an argument with an infinite or NaN part CPython looks the
result up in a 7x7 table per function (C99 Annex G); here each table is written as the few
rules it follows (the _special_* functions), and the error it signals (ValueError "math domain
error" where C99 asks for the invalid or divide-by-zero exception) as a separate test.
tests/programs/modules/cmath_special_*.py compare a grid of such values with CPython.
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0     # CM_LARGE_DOUBLE
_SQRT_LARGE = _m.sqrt(_LARGE)             # CM_SQRT_LARGE_DOUBLE
_LOG_LARGE = _m.log(_LARGE)               # CM_LOG_LARGE_DOUBLE
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


_isinf = _m.isinf
_isnan = _m.isnan
_isfinite = _m.isfinite
_cs = _m.copysign
_HALF_PI = pi / 2.0


def _arg(z):
    """The complex value of an argument, as CPython's "D" converter takes it: a complex,
    __complex__, then __float__ / __index__."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    conv = getattr(type(z), "__complex__", None)
    if conv is not None:
        return conv(z)
    return complex(_real(z), 0.0)


def _real(x):
    """A float argument as the "d" converter takes it (no strings, unlike float())."""
    if isinstance(x, float):
        return x
    conv = getattr(type(x), "__float__", None) or getattr(type(x), "__index__", None)
    if conv is None:
        raise TypeError(f"must be real number, not {type(x).__name__}")
    return float(conv(x))


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


def _special(z):
    return not (_isfinite(z.real) and _isfinite(z.imag))


def _sign_product(a, b):
    """+1.0 or -1.0: the sign of a times the sign of b (signed zeros count)."""
    return _cs(1.0, a) * _cs(1.0, b)


# ---- special values: one function per table, returning (real, imag) -----------------------
# x is the real part, y the imaginary part; at least one is infinite or NaN.

def _special_sqrt(x, y):
    if _isinf(y):
        return inf, y
    if _isnan(x):
        return nan, nan
    if _isinf(x):
        if _isnan(y):
            return (nan, inf) if x < 0 else (inf, nan)
        return (0.0, _cs(inf, y)) if x < 0 else (inf, _cs(0.0, y))
    return nan, nan


def _special_exp(x, y):
    if _isinf(x) and _isfinite(y) and y != 0.0:
        big = inf if x > 0 else 0.0
        return _cs(big, _m.cos(y)), _cs(big, _m.sin(y))
    if _isinf(x):
        if x < 0:
            return 0.0, (y if y == 0.0 else 0.0)
        return (inf, y) if y == 0.0 else (inf, nan)
    if _isnan(x) and y == 0.0:
        return nan, y
    return nan, nan


def _special_cosh(x, y):
    if _isinf(x):
        if _isfinite(y) and y != 0.0:
            return _cs(inf, _m.cos(y)), _cs(inf, _m.sin(y)) * _cs(1.0, x)
        if y == 0.0:
            return inf, _cs(0.0, _sign_product(x, y))
        return inf, nan
    if y == 0.0 or x == 0.0:
        # nan +- 0j, or +-0 with an infinite or NaN imaginary part
        return nan, 0.0
    return nan, nan


def _special_sinh(x, y):
    if _isinf(x):
        if _isfinite(y) and y != 0.0:
            return _cs(inf, _m.cos(y)) * _cs(1.0, x), _cs(inf, _m.sin(y))
        if y == 0.0:
            return x, y
        return inf, nan
    if y == 0.0:
        return nan, y
    if x == 0.0:
        return 0.0, nan
    return nan, nan


def _special_tanh(x, y):
    if _isinf(x):
        one = _cs(1.0, x)
        if _isfinite(y) and y != 0.0:
            return one, _cs(0.0, 2.0 * _m.sin(y) * _m.cos(y))
        return one, (y if y == 0.0 else 0.0)
    if y == 0.0:
        return nan, y
    return nan, nan


def _special_log(x, y):
    if _isnan(x) or _isnan(y):
        return (inf, nan) if _isinf(x) or _isinf(y) else (nan, nan)
    return inf, _m.atan2(y, x)


def _special_acos(x, y):
    if _isnan(x):
        return (nan, -y) if _isinf(y) else (nan, nan)
    if _isnan(y):
        if _isinf(x):
            return nan, inf
        return (_HALF_PI, nan) if x == 0.0 else (nan, nan)
    return _m.atan2(abs(y), x), -_cs(inf, y)


def _special_acosh(x, y):
    if _isnan(x):
        return (inf, nan) if _isinf(y) else (nan, nan)
    if _isnan(y):
        return (inf, nan) if _isinf(x) else (nan, nan)
    return inf, _m.atan2(y, x)


def _special_asinh(x, y):
    if _isnan(x):
        if _isinf(y):
            return inf, nan
        return (nan, y) if y == 0.0 else (nan, nan)
    if _isnan(y):
        return (x, nan) if _isinf(x) else (nan, nan)
    return _cs(inf, x), _m.atan2(y, abs(x))


def _special_atanh(x, y):
    if _isnan(x):
        return (0.0, _cs(_HALF_PI, y)) if _isinf(y) else (nan, nan)
    if _isnan(y):
        return (_cs(0.0, x), nan) if _isinf(x) or x == 0.0 else (nan, nan)
    return _cs(0.0, x), _cs(_HALF_PI, y)


def _special_rect(r, phi):
    if _isinf(r):
        if _isfinite(phi) and phi != 0.0:
            s = _cs(1.0, r)
            return _cs(inf, _m.cos(phi)) * s, _cs(inf, _m.sin(phi)) * s
        if phi == 0.0:
            return r, _cs(0.0, _sign_product(r, phi))
        return inf, nan
    if _isnan(r):
        return (nan, 0.0) if phi == 0.0 else (nan, nan)
    return (0.0, 0.0) if r == 0.0 else (nan, nan)


# ---- the functions ---------------------------------------------------------------------------

def phase(z, /):
    z = _arg(z)
    phi = _m.atan2(z.imag, z.real)
    # C's atan2 reports an underflow to zero through errno (ERANGE), which cmath_phase_impl
    # turns into OverflowError
    if phi == 0.0 and z.imag != 0.0 and _isfinite(z.real):
        raise _range()
    return phi


def _abs(z):
    """_Py_c_abs: |z|, with OverflowError when a finite z has an infinite modulus."""
    x, y = z.real, z.imag
    if _isinf(x) or _isinf(y):
        return inf
    if _isnan(x) or _isnan(y):
        return nan
    h = _m.hypot(x, y)
    if _isinf(h):
        raise _range()
    return h


def polar(z, /):
    z = _arg(z)
    return _abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi, /):
    r = _real(r)
    phi = _real(phi)
    if not (_isfinite(r) and _isfinite(phi)):
        if r != 0.0 and not _isnan(r) and _isinf(phi):
            raise _domain()
        return complex(*_special_rect(r, phi))
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        return complex(*_special_sqrt(x, y))
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _cs(d, y))
    return complex(d, _cs(s, y))


def exp(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        if _isinf(y) and (_isfinite(x) or x == inf):
            raise _domain()
        return complex(*_special_exp(x, y))
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        re = scale * _m.cos(y) * _m.e
        im = scale * _m.sin(y) * _m.e
    else:
        scale = _m.exp(x)
        re = scale * _m.cos(y)
        im = scale * _m.sin(y)
    if _isinf(re) or _isinf(im):
        raise _range()
    return complex(re, im)


def _log(z):
    """c_log: (log z, True when C would set errno to EDOM: log of zero)."""
    x, y = z.real, z.imag
    if _special(z):
        return complex(*_special_log(x, y)), False
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            return complex(-inf, _m.atan2(y, x)), True
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = max(ax, ay), min(ax, ay)
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x)), False


_NO_BASE = object()


def log(z, base=_NO_BASE, /):
    r, bad = _log(_arg(z))
    if base is _NO_BASE:
        if bad:
            raise _domain()
        return r
    # cmath_log_impl: the errno of log(z) is overwritten by that of log(base); the quotient
    # by zero is a domain error too
    b, bad = _log(_arg(base))
    try:
        q = r / b
    except ZeroDivisionError:
        bad = True
    if bad:
        raise _domain()
    return q


def log10(z, /):
    r, bad = _log(_arg(z))
    if bad:
        raise _domain()
    return complex(r.real / _LN10, r.imag / _LN10)


def _finite_hyperbolic(x, y, f_re, f_im):
    """sinh (f_re=sinh, f_im=cosh) or cosh (the other way) of a finite x+yj; past
    _LOG_LARGE the factor e is taken out so that the intermediate does not overflow."""
    if abs(x) > _LOG_LARGE:
        xm1 = x - _cs(1.0, x)
        re = _m.cos(y) * f_re(xm1) * _m.e
        im = _m.sin(y) * f_im(xm1) * _m.e
    else:
        re = _m.cos(y) * f_re(x)
        im = _m.sin(y) * f_im(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return complex(re, im)


def sinh(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        if _isinf(y) and not _isnan(x):
            raise _domain()
        return complex(*_special_sinh(x, y))
    return _finite_hyperbolic(x, y, _m.sinh, _m.cosh)


def cosh(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        if _isinf(y) and not _isnan(x):
            raise _domain()
        return complex(*_special_cosh(x, y))
    return _finite_hyperbolic(x, y, _m.cosh, _m.sinh)


def tanh(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        if _isinf(y) and _isfinite(x):
            raise _domain()
        return complex(*_special_tanh(x, y))
    if abs(x) > _LOG_LARGE:
        re = _cs(1.0, x)
        im = 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
        return complex(re, im)
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _times_i(z):
    return complex(-z.imag, z.real)


def _times_minus_i(s):
    return complex(s.imag, -s.real)


def sin(z, /):
    return _times_minus_i(sinh(_times_i(_arg(z))))


def cos(z, /):
    return cosh(_times_i(_arg(z)))


def tan(z, /):
    return _times_minus_i(tanh(_times_i(_arg(z))))


def _big_log_modulus(x, y):
    # log|z| for |z| near DBL_MAX, halving first so that hypot does not overflow
    return _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0


def asinh(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        return complex(*_special_asinh(x, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            re = _cs(_big_log_modulus(x, y), x)
        else:
            re = -_cs(_big_log_modulus(x, y), -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z, /):
    return _times_minus_i(asinh(_times_i(_arg(z))))


def acos(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        return complex(*_special_acos(x, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.atan2(abs(y), x), -_cs(_big_log_modulus(x, y), y))
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        return complex(*_special_acosh(x, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_big_log_modulus(x, y), _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z, /):
    z = _arg(z)
    x, y = z.real, z.imag
    if _special(z):
        return complex(*_special_atanh(x, y))
    if x < 0.0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, _cs(_HALF_PI, y))
    if x == 1.0 and ay < _m.sqrt(_DBL_MIN):
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _cs(_m.atan2(2.0, -ay) / 2.0, y))
    re = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


def atan(z, /):
    return _times_minus_i(atanh(_times_i(_arg(z))))


def isfinite(z, /):
    z = _arg(z)
    return _isfinite(z.real) and _isfinite(z.imag)


def isnan(z, /):
    z = _arg(z)
    return _isnan(z.real) or _isnan(z.imag)


def isinf(z, /):
    z = _arg(z)
    return _isinf(z.real) or _isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _arg(a)
    b = _arg(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a.real == b.real and a.imag == b.imag:
        return True
    if isinf(a) or isinf(b):
        return False
    # moduli through hypot: an overflow gives inf here, never an exception
    d = a - b
    diff = _m.hypot(d.real, d.imag)
    return (diff <= rel_tol * _m.hypot(b.real, b.imag)
            or diff <= rel_tol * _m.hypot(a.real, a.imag) or diff <= abs_tol)

"""Mathematical functions for complex numbers (pydive's cmath, in Python over math).

The formulas are the ones CPython's Modules/cmathmodule.c uses for finite arguments (so results
agree to the last bit there); the special-value tables for infinities and NaNs are reduced to
the common cases.
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


def _arg(z, name):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    conv = getattr(type(z), "__complex__", None)
    if conv is not None:
        return conv(z)
    conv = getattr(type(z), "__float__", None) or getattr(type(z), "__index__", None)
    if conv is not None:
        return complex(conv(z))
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _domain():
    return ValueError("math domain error")


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def phase(z, /):
    z = _arg(z, "phase")
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    z = _arg(z, "polar")
    return _m.hypot(z.real, z.imag), _m.atan2(z.imag, z.real)


def rect(r, phi, /):
    r = float(r)
    phi = float(phi)
    if _m.isinf(r) and _m.isfinite(phi) and phi == 0.0:
        return complex(r, phi * r if r > 0 else -phi * r)
    if not _m.isfinite(phi) and r == 0.0:
        return complex(0.0, 0.0)
    if _m.isinf(phi):
        raise _domain()
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z, /):
    z = _arg(z, "sqrt")
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x) or _m.isnan(y):
            return complex(nan, nan)
        if x > 0:
            return complex(x, _m.copysign(0.0, y))
        return complex(0.0 if _m.isfinite(y) else nan, _m.copysign(inf, y))
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
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z, /):
    z = _arg(z, "exp")
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and x < 0 and _m.isfinite(y):
            return complex(0.0 * _m.cos(y), 0.0 * _m.sin(y))
        if _m.isinf(x) and x > 0 and _m.isfinite(y) and y != 0.0:
            return complex(inf * _m.cos(y), inf * _m.sin(y))
        if _m.isinf(x) and y == 0.0:
            return complex(x if x > 0 else 0.0, y)
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        re = scale * _m.cos(y) * _m.e
        im = scale * _m.sin(y) * _m.e
    else:
        scale = _m.exp(x)
        re = scale * _m.cos(y)
        im = scale * _m.sin(y)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError("math range error")
    return complex(re, im)


def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x))
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise _domain()
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = max(ax, ay), min(ax, ay)
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x))


def log(z, base=None, /):
    r = _log(_arg(z, "log"))
    if base is None:
        return r
    b = _log(_arg(base, "log"))
    return r / b


def log10(z, /):
    r = _log(_arg(z, "log10"))
    return complex(r.real / _LN10, r.imag / _LN10)


def _finite_hyperbolic(x, y, f_re, f_im):
    """sinh (f_re=sinh, f_im=cosh) or cosh (the other way) of a finite x+yj; past
    _LOG_LARGE the factor e is taken out so that the intermediate does not overflow."""
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * f_re(xm1) * _m.e
        im = _m.sin(y) * f_im(xm1) * _m.e
    else:
        re = _m.cos(y) * f_re(x)
        im = _m.sin(y) * f_im(x)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError("math range error")
    return complex(re, im)


def sinh(z, /):
    z = _arg(z, "sinh")
    x, y = z.real, z.imag
    if not _finite(z):
        return complex(nan, nan) if _m.isnan(x) or not _m.isfinite(y) else complex(
            _m.copysign(inf, x) * _m.cos(y) if y else x, inf * _m.sin(y) if y else y)
    return _finite_hyperbolic(x, y, _m.sinh, _m.cosh)


def cosh(z, /):
    z = _arg(z, "cosh")
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(inf * _m.cos(y), _m.copysign(inf, x) * _m.sin(y) if y else 0.0 * x)
        return complex(nan, nan)
    return _finite_hyperbolic(x, y, _m.cosh, _m.sinh)


def tanh(z, /):
    z = _arg(z, "tanh")
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        re = _m.copysign(1.0, x)
        im = 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
        return complex(re, im)
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _swap_in(z):
    # i*z
    return complex(-z.imag, z.real)


def _swap_out(s):
    # -i*s
    return complex(s.imag, -s.real)


def sin(z, /):
    return _swap_out(sinh(_swap_in(_arg(z, "sin"))))


def cos(z, /):
    return cosh(_swap_in(_arg(z, "cos")))


def tan(z, /):
    return _swap_out(tanh(_swap_in(_arg(z, "tan"))))


def asinh(z, /):
    z = _arg(z, "asinh")
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        if y >= 0:
            re = _m.copysign(_log(complex(_m.hypot(x / 2.0, y / 2.0), 0.0)).real + _LN2 * 2.0, x)
        else:
            re = -_m.copysign(_log(complex(_m.hypot(x / 2.0, y / 2.0), 0.0)).real + _LN2 * 2.0, -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z, /):
    return _swap_out(asinh(_swap_in(_arg(z, "asin"))))


def acos(z, /):
    z = _arg(z, "acos")
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        re = _m.atan2(abs(y), x)
        h = _log(complex(_m.hypot(x / 2.0, y / 2.0), 0.0)).real + _LN2 * 2.0
        return complex(re, -h if y >= 0 else h)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    z = _arg(z, "acosh")
    x, y = z.real, z.imag
    if abs(x) > _SQRT_LARGE or abs(y) > _SQRT_LARGE:
        re = _log(complex(_m.hypot(x / 2.0, y / 2.0), 0.0)).real + _LN2 * 2.0
        return complex(re, _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z, /):
    z = _arg(z, "atanh")
    x, y = z.real, z.imag
    if x < 0.0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _m.sqrt(_DBL_MIN):
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    re = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


def atan(z, /):
    return _swap_out(atanh(_swap_in(_arg(z, "atan"))))


def isfinite(z, /):
    return _finite(_arg(z, "isfinite"))


def isnan(z, /):
    z = _arg(z, "isnan")
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isinf(z, /):
    z = _arg(z, "isinf")
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _arg(a, "isclose")
    b = _arg(b, "isclose")
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol

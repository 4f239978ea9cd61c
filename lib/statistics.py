"""Basic statistics (pydive's statistics; CPython 3.12's results).

Sums are exact (as fractions) and converted back to the data's type at the end, so
mean([1, 2]) is 1.5, mean of ints that divides evenly is an int, and Fractions stay
Fractions; standard deviations are the correctly rounded square root of the exact variance.
"""

import math
import sys
from fractions import Fraction
from collections import Counter
from bisect import bisect_left, bisect_right

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
           "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
           "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
           "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# ---- exact sums ----

def _exact_ratio(x):
    """x as (numerator, denominator) exactly; inf/nan as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a mix of T and S values is reported as (int yields to the other)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    """(type, exact total as a Fraction or a float inf/nan, count)."""
    count = 0
    T = int
    partials = {}
    special = None
    for typ, values in _groupby_type(data):
        T = _coerce(T, typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            if d is None:
                special = n if special is None else special + n
            else:
                partials[d] = partials.get(d, 0) + n
    if special is not None:
        total = special
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return (T, Fraction(total) if not isinstance(total, float) else total, count)


def _groupby_type(data):
    """Runs of consecutive values of one type: (type, [values])."""
    run_type = None
    run = []
    for x in data:
        t = type(x)
        if t is not run_type and run:
            yield run_type, run
            run = []
        run_type = t
        run.append(x)
    if run:
        yield run_type, run


def _convert(value, T):
    """The exact `value` as a T (int only when it is whole; else float)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal(T):
            # Decimal takes no Fraction: divide its two parts in Decimal arithmetic
            return T(value.numerator) / T(value.denominator)
        raise


def _ss(data, c=None):
    """(type, sum of squared deviations, centre, count). With a centre given, each
    deviation is computed (and squared) in the data's own type, then summed exactly; else
    the centre is the exact mean and the sum is exact throughout."""
    if c is not None:
        T, squares, count = _sum((x - c) * (x - c) for x in data)
        return (T, squares, c, count)
    data = list(data)
    T, total, count = _sum(data)
    if not count:
        return (T, Fraction(0), Fraction(0), 0)
    if not isinstance(total, Fraction):
        return (T, total, total, count)  # an infinity or a NaN: it is all there is to say
    centre = total / count
    squares = Fraction(0)
    for x in data:
        gap = Fraction(*_exact_ratio(x)) - centre
        squares += gap * gap
    return (T, squares, centre, count)


def _is_decimal(T):
    # (a Decimal's type means the decimal module is loaded: no import needed to ask)
    decimal = sys.modules.get("decimal")
    return decimal is not None and issubclass(T, decimal.Decimal)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n/m) as a Decimal, correctly rounded in the current context."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    # the quotient was rounded before its root was taken: when n/m lies beyond the
    # halfway point between root and a neighbour, the neighbour is the right answer
    exact = Fraction(n, m)
    step = Decimal((0, (1,), root.as_tuple().exponent))
    for other in (root + step, root - step):
        half = (Fraction(root) + Fraction(other)) / 2
        if (exact > half * half) if other > root else (exact < half * half):
            return other
    return root


def _root_of(mean_square, T):
    # stdev and pstdev: the root of the mean square, a Decimal for Decimal data
    if _is_decimal(T):
        return _decimal_sqrt_of_frac(mean_square.numerator, mean_square.denominator)
    return _float_sqrt_of_frac(mean_square.numerator, mean_square.denominator)


def _isqrt_frac_rto(n, m):
    """floor(sqrt(n/m)), with its lowest bit set when inexact (round to odd)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) correctly rounded to a float."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return float(_isqrt_frac_rto(n, m << 2 * q) << q)
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def _fail_neg(values, errmsg="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# ---- averages ----

def mean(data):
    """Arithmetic mean, exact then converted to the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Arithmetic mean as a float."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Geometric mean as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: n / sum(1/x)."""
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or _is_decimal(type(x)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = sum(weights)
    try:
        if any(x == 0 for x in _fail_neg(data, errmsg)):
            return 0
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(Fraction(sum_weights) / total, T)


def median(data):
    """Middle value; the mean of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The 50th percentile of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    middle = data[n // 2]
    # the run of values equal to the middle one: data[start:stop]
    start = bisect_left(data, middle)
    stop = bisect_right(data, middle, lo=start)
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower_limit = middle - width / 2.0
    return lower_limit + width * (n / 2 - start) / (stop - start)


def mode(data):
    """The most common value (the first one seen among ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method="exclusive"):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    # cut point k of n sits at position k*span/n of the data (span: ld - 1 inclusive,
    # ld + 1 exclusive), interpolated linearly between its two neighbours
    if method == "inclusive":
        span, first = ld - 1, 0
    elif method == "exclusive":
        span, first = ld + 1, 1
    else:
        raise ValueError(f"Unknown method: {method!r}")
    cuts = []
    for k in range(1, n):
        lower = min(max(k * span // n, first), ld - 2 + first)
        weight = k * span - lower * n
        below, above = data[lower - first], data[lower - first + 1]
        cuts.append((below * (n - weight) + above * weight) / n)
    return cuts


# ---- spread ----

def _mean_square(who, data, centre, sample):
    # (type, mean squared deviation): over n - 1 for a sample, n for a population
    T, squares, _, count = _ss(data, centre)
    if sample and count < 2:
        raise StatisticsError(f"{who} requires at least two data points")
    if count < 1:
        raise StatisticsError(f"{who} requires at least one data point")
    return T, squares / (count - 1 if sample else count)


def variance(data, xbar=None):
    """Sample variance (n - 1 degrees of freedom)."""
    T, mean_square = _mean_square("variance", data, xbar, True)
    return _convert(mean_square, T)


def pvariance(data, mu=None):
    """Population variance."""
    T, mean_square = _mean_square("pvariance", data, mu, False)
    return _convert(mean_square, T)


def stdev(data, xbar=None):
    """Sample standard deviation."""
    return _root_of(*reversed(_mean_square("stdev", data, xbar, True)))


def pstdev(data, mu=None):
    """Population standard deviation."""
    return _root_of(*reversed(_mean_square("pstdev", data, mu, False)))


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    x_mean, y_mean = _fsum_mean(x), _fsum_mean(y)
    products = math.fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y))
    return products / (n - 1)


def _fsum_mean(values):
    return math.fsum(values) / len(values)


def _centred(values):
    # (the values minus their mean, the mean)
    centre = _fsum_mean(values)
    return [v - centre for v in values], centre


def correlation(x, y, /, *, method="linear"):
    """Pearson's correlation coefficient (or Spearman's for method='ranked')."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    if method not in {"linear", "ranked"}:
        raise ValueError(f"Unknown method: {method!r}")
    if method == "ranked":
        start = (n - 1) / -2  # ranks centred on zero
        x, y = _rank(x, start=start), _rank(y, start=start)
    else:
        (x, _), (y, _) = _centred(x), _centred(y)
    sxy = math.sumprod(x, y)
    sxx = math.sumprod(x, x)
    syy = math.sumprod(y, y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


def _rank(data, *, start=1):
    val_pos = sorted(zip(data, range(len(data))))
    result = [0] * len(val_pos)
    i = 0
    while i < len(val_pos):
        j = i
        while j + 1 < len(val_pos) and val_pos[j + 1][0] == val_pos[i][0]:
            j += 1
        rank = start + (i + j) / 2
        for k in range(i, j + 1):
            result[val_pos[k][1]] = rank
        i = j + 1
    return result


class LinearRegression(tuple):
    __slots__ = ()

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return f"LinearRegression(slope={self[0]!r}, intercept={self[1]!r})"


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression by ordinary least squares."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if not proportional:
        (x, x_mean), (y, y_mean) = _centred(x), _centred(y)
    products = math.sumprod(x, y) + 0.0
    squares = math.sumprod(x, x)
    try:
        slope = products / squares
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mean - slope * x_mean)


class NormalDist:
    """Normal distribution of a random variable."""

    __slots__ = {"_mu": "", "_sigma": ""}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """`n` values drawn from the distribution (random.gauss, or a Random(seed)'s)."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def inv_cdf(self, p):
        """The x with P(X <= x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        return _inverse_normal(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area shared by the two probability density functions (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):  # the same answer either way round
            lo, hi = hi, lo
        lo_var, hi_var = lo.variance, hi.variance
        if not lo_var or not hi_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        spread = hi_var - lo_var
        gap = math.fabs(hi._mu - lo._mu)
        if not spread:
            return 1.0 - math.erf(gap / (2.0 * lo._sigma * math.sqrt(2.0)))
        # where the two densities cross (Inman & Bradley)
        centre = lo._mu * hi_var - hi._mu * lo_var
        half = lo._sigma * hi._sigma * math.sqrt(gap * gap + spread * math.log(hi_var / lo_var))
        cross1 = (centre + half) / spread
        cross2 = (centre - half) / spread
        return 1.0 - (math.fabs(hi.cdf(cross1) - lo.cdf(cross1))
                      + math.fabs(hi.cdf(cross2) - lo.cdf(cross2)))

    def zscore(self, x):
        """How many standard deviations x lies above (or below) the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * math.erfc((self._mu - x) / (self._sigma * math.sqrt(2.0)))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # Sums and differences of independent normal variables add their variances; a
    # constant shifts the mean; scaling scales both.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * abs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / abs(divisor))

    __radd__ = __add__
    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"


# Wichura's algorithm AS241 (Applied Statistics 37, 1988): rational approximations of the
# normal quantile on three ranges; coefficients highest power first.
_AS241 = (
    ((2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
      45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
      133.14166789178437745, 3.387132872796366608),
     (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
      21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
      42.313330701600911252, 1.0)),
    ((0.00077454501427834140764, 0.0227238449892691845833, 0.24178072517745061177,
      1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
      4.6303378461565452959, 1.42343711074968357734),
     (1.05075007164441684324e-9, 0.0005475938084995344946, 0.0151986665636164571966,
      0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
      2.05319162663775882187, 1.0)),
    ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
      0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
      5.4637849111641143699, 6.6579046435011037772),
     (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
      0.0007868691311456132591, 0.0148753612908506148525, 0.13692988092273580531,
      0.59983220655588793769, 1.0)),
)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _inverse_normal(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241[0]
        return mu + (_horner(top, r) * q / _horner(bottom, r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _AS241[1]
    else:
        r -= 5.0
        top, bottom = _AS241[2]
    x = _horner(top, r) / _horner(bottom, r)
    return mu + (-x if q < 0.0 else x) * sigma


def _mean_stdev(data):
    # from_samples(): the sample's mean and stdev, as floats
    _, squares, centre, count = _ss(data)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    mean_square = squares / (count - 1)
    return float(centre), _float_sqrt_of_frac(mean_square.numerator, mean_square.denominator)

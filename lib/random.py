"""Pseudo-random numbers for pydive.

Random is a Mersenne Twister (MT19937, native: _random) seeded, stepped and read exactly
as CPython's _random module does, and every method and distribution above it draws from it in the
same order with the same float arithmetic: one seed gives CPython's numbers. The
module-level functions are the bound methods of one shared, entropy-seeded instance.
SystemRandom reads os.urandom instead and has no state.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin, tau as TWOPI,
                  floor as _floor, isfinite as _isfinite, lgamma as _lgamma,
                  fabs as _fabs, log2 as _log2)
from itertools import accumulate as _accumulate
from bisect import bisect as _bisect
from _random import Random as _CoreRandom

__all__ = ["Random", "SystemRandom", "betavariate", "binomialvariate", "choice",
           "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
           "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint",
           "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
           "uniform", "vonmisesvariate", "weibullvariate"]

# Constants of the distributions (public names: some programs read them).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53          # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_U32 = 0xffffffff
_U64 = 0xffffffffffffffff
_ONE = 1          # randrange's default step, told apart by identity as in CPython


def _to_index(n):
    # int(n) for ints and __index__ objects, with the TypeError of operator.index
    if isinstance(n, int):
        return int(n)
    to = getattr(type(n), '__index__', None)
    if to is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return to(n)


def _os_seed():
    # a seed from the OS, or from the clock where there is no urandom
    try:
        import os
        return int.from_bytes(os.urandom(32))
    except Exception:
        import time
        return time.time_ns() ^ id(object())


class _Twister(_CoreRandom):
    """The Mersenne Twister core: state, raw words, random(), getrandbits(), getstate()
    and setstate() are native (_random.Random, crates/vm/src/modules/random.rs); seed()
    turns its argument into the 32-bit key words the C seeding reads."""

    def seed(self, n=None, /):
        if n is None:
            n = _os_seed()
        elif isinstance(n, int):
            n = int.__abs__(n)
        else:
            n = hash(n) & _U64  # C reads the hash as an unsigned size_t
        key = [n & _U32]
        n >>= 32
        while n:
            key.append(n & _U32)
            n >>= 32
        self._mix_in(key)


class Random(_Twister):
    """A seedable generator; the module's functions use a shared instance of it.

    Subclass it and override random() (and optionally getrandbits()) to plug in
    another source: the other methods are built on those two.
    """

    VERSION = 3     # the format of getstate()'s result

    def __init__(self, x=None):
        """Random(x=None): a generator seeded from x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # The nearest class that defines random() or getrandbits() decides what
        # _randbelow is built on (an explicit _randbelow wins).
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._below_by_bits
                break
            if 'random' in own:
                cls._randbelow = cls._below_by_floats
                break

    def seed(self, a=None, version=2):
        """Reseed. a may be None (OS entropy), an int, a float, or str/bytes/bytearray
        (version 2 hashes those with SHA-512; version 1 is Python 2's string hash)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _old_string_seed(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512(raw))
        elif not (a is None or isinstance(a, (int, float, str, bytes, bytearray))):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """(VERSION, the generator's state, the cached gauss() value)."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Go back to a state that getstate() returned."""
        version = state[0]
        if version == 3:
            _, words, self.gauss_next = state
        elif version == 2:
            _, words, self.gauss_next = state
            # version 2 states could hold words outside 32 bits
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        super().setstate(words)

    # pickling and copying go through getstate()/setstate()
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # ---- integers from the raw bits

    def _below_by_bits(self, n):
        """A uniform int in [0, n), n > 0: draw bit_length(n) bits until below n."""
        width = n.bit_length()
        draw = self.getrandbits(width)
        while draw >= n:
            draw = self.getrandbits(width)
        return draw

    def _below_by_floats(self, n, maxsize=1 << BPF):
        """The same from random() alone (for subclasses without getrandbits)."""
        if n >= maxsize:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _floor(self.random() * n)
        # reject the top sliver of [0, 1) that n does not divide evenly
        cutoff = (maxsize - maxsize % n) / maxsize
        u = self.random()
        while u >= cutoff:
            u = self.random()
        return _floor(u * maxsize) % n

    _randbelow = _below_by_bits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random member of range(start, stop, step) (or of range(start))."""
        lo = _to_index(start)
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")
        span = _to_index(stop) - lo
        stride = _to_index(step)
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # how many members: ceil(span / stride) for either sign of stride
        count = -(-span // stride)
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # ---- sequences

    def choice(self, seq):
        """A random element of the non-empty sequence seq."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct picks from the sequence population, in selection order.

        counts=[...] repeats each element that many times, as if the population
        were expanded.
        """
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_bisect(bounds, pick)]
                    for pick in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        picked = []
        # Small populations: draw from a shrinking copy. Large ones: draw indexes and
        # retry repeats (the same threshold as CPython, so the same draws).
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if size <= threshold:
            pool = list(population)
            for left in range(size, size - k, -1):
                j = below(left)
                picked.append(pool[j])
                pool[j] = pool[left - 1]
        else:
            seen = set()
            for _ in range(k):
                j = below(size)
                while j in seen:
                    j = below(size)
                seen.add(j)
                picked.append(population[j])
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, optionally weighted (relative
        weights or cumulative ones)."""
        rand = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(rand() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect(cum_weights, rand() * total, 0, last)]
                for _ in range(k)]

    # ---- continuous distributions (each line keeps CPython's order of float operations)

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman-Monahan ratio of uniforms)."""
        rand = self.random
        while True:
            u1 = rand()
            u2 = 1.0 - rand()
            ratio = NV_MAGICCONST * (u1 - 0.5) / u2
            if ratio * ratio / 4.0 <= -_log(u2):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; each pair's second value is kept for the
        next call (not thread-safe, as in CPython)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of normalvariate(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution: mean angle mu, concentration kappa."""
        rand = self.random
        if kappa <= 1e-6:
            return TWOPI * rand()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * rand())
            d = z / (rho + z)
            u = rand()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        cosine = (inv + z) / (1.0 + inv * z)
        angle = _acos(cosine)
        if rand() > 0.5:
            return (mu + angle) % TWOPI
        return (mu - angle) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R. C. H. Cheng's rejection method GB, for alpha > 1
        rand = self.random
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            u1 = rand()
            if u1 <= 1e-7 or u1 >= 0.9999999:
                continue
            u2 = 1.0 - rand()
            logit = _log(u1 / (1.0 - u1)) / spread
            candidate = alpha * _exp(logit)
            z = u1 * u1 * u2
            margin = shift + slope * logit - candidate
            if margin + SG_MAGICCONST - 4.5 * z >= 0.0 or margin >= _log(z):
                return candidate

    def _gamma_small(self, alpha):
        # algorithm GS (Ahrens-Dieter, as in Kennedy & Gentle), for alpha < 1
        rand = self.random
        while True:
            b = (_e + alpha) / _e
            p = b * rand()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if rand() <= _exp(-x):
                    return x
            else:
                beyond = -_log((b - p) / alpha)
                if rand() <= beyond ** (alpha - 1.0):
                    return beyond

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (from two gamma variates)."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        second = self.gammavariate(beta, 1.0)
        return first / (first + second)

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # ---- discrete distributions

    def binomialvariate(self, n=1, p=0.5):
        """Successes in n independent trials that each succeed with probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:  # (a NaN p falls through, as in CPython)
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return _to_index(self.random() < p)
        if p > 0.5:  # count the failures instead
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return self._binomial_geometric(n, p)
        return self._binomial_btrs(n, p)

    def _binomial_geometric(self, n, p):
        # Devroye's method: jump from success to success by geometric gaps; O(n*p)
        log_q = _log2(1.0 - p)
        if not log_q:
            return 0
        successes = trial = 0
        while True:
            trial += _floor(_log2(self.random()) / log_q) + 1
            if trial > n:
                return successes
            successes += 1

    def _binomial_btrs(self, n, p):
        # Hormann's BTRS: transformed rejection with a squeeze, for n*p >= 10, p <= 0.5
        rand = self.random
        spq = _sqrt(n * p * (1.0 - p))
        width = 1.15 + 2.53 * spq
        skew = -0.0873 + 0.0248 * width + 0.01 * p
        centre = n * p + 0.5
        squeeze = 0.92 - 4.2 / width
        exact = None  # (alpha, log odds, mode, its log factor), made when first needed
        while True:
            u = rand() - 0.5
            edge = 0.5 - _fabs(u)
            k = _floor((2.0 * skew / edge + width) * u + centre)
            if k < 0 or k > n:
                continue
            v = rand()
            if edge >= 0.07 and v <= squeeze:
                return k
            if exact is None:
                mode = _floor((n + 1) * p)
                exact = ((2.83 + 5.1 / width) * spq, _log(p / (1.0 - p)), mode,
                         _lgamma(mode + 1) + _lgamma(n - mode + 1))
            alpha, log_odds, mode, h = exact
            v *= alpha / (skew / (edge * edge) + width)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * log_odds:
                return k


def _old_string_seed(a):
    # version 1 seeding: the string hash of Python 2, over latin-1 characters
    text = a.decode('latin-1') if isinstance(a, bytes) else a
    x = ord(text[0]) << 7 if text else 0
    for ch in text:
        x = ((1000003 * x) ^ ord(ch)) & _U64
    return x ^ len(text)


def _sha512(raw):
    try:
        from _sha2 import sha512
    except ImportError:
        from hashlib import sha512
    return sha512(raw).digest()


from _collections_abc import Sequence as _Sequence  # sample() accepts sequences only


class SystemRandom(Random):
    """Numbers from os.urandom: not reproducible, so seed() does nothing and there is
    no state to get or set."""

    def random(self):
        """A float in [0.0, 1.0) from 53 bits of OS randomness."""
        bits = int.from_bytes(_urandom(7)) >> 3  # 53 of the 56
        return bits * RECIP_BPF

    def getrandbits(self, k):
        """An int of k bits of OS randomness."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes of OS randomness."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Does nothing: the OS source cannot be seeded."
        return None

    def _notimplemented(self, *args, **kwds):
        "The OS source has no state."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


def _urandom(n):
    import os
    return os.urandom(n)


# The module-level functions: bound methods of one shared, entropy-seeded instance.
_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange',
              'sample', 'shuffle', 'choices', 'normalvariate', 'lognormvariate',
              'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
              'binomialvariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate',
              'getrandbits', 'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name

# a child made by os.fork() draws its own numbers, as in CPython
__import__("posix").register_at_fork(after_in_child=_inst.seed)


# The parts that are C in CPython add no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_from_tracebacks as _hide
except ImportError:
    pass
else:
    for _obj in (_Twister,):
        _hide(_obj)
    del _hide, _obj

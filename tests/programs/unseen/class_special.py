"""Special methods on ordinary classes: __eq__/__hash__, __lt__ sorting, __bool__, __len__, __call__,
__contains__, __getitem__/__setitem__/__delitem__, __iadd__, __radd__, __index__, __class_getitem__."""


class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = int(cents)
        self.cur = cur

    @classmethod
    def of(cls, amount, cur="EUR"):
        return cls(round(amount * 100), cur)

    def __repr__(self):
        return f"Money({self.cents / 100:.2f} {self.cur})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100},{abs(self.cents) % 100:02d} {self.cur}"

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.cur != self.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
        return other

    def __add__(self, other):
        o = self._check(other)
        if o is NotImplemented:
            return o
        return Money(self.cents + o.cents, self.cur)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return self + Money(-other.cents, other.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, n):
        share, rest = divmod(self.cents, n)
        return [Money(share + (1 if i < rest else 0), self.cur) for i in range(n)]

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.cur) == (other.cents, other.cur)

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __lt__(self, other):
        return self._check(other) is not NotImplemented and self.cents < other.cents

    def __bool__(self):
        return self.cents != 0

    def __neg__(self):
        return Money(-self.cents, self.cur)

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents / 100:.0f}{self.cur[0]}"
        return format(str(self), spec)


prices = [Money.of(3.5), Money.of(0.99), Money.of(12), Money(0)]
print(prices, [str(p) for p in prices])
print(sum(prices), sum(prices, Money(0)), Money.of(1.1) * 3, 2 * Money.of(0.25), -Money(150))
print(sorted(prices), max(prices), bool(Money(0)), bool(Money(1)), Money(5) == Money(5), Money(5) != Money(6))
print(Money.of(100) / 3, f"{Money.of(7.25):short}", f"{Money.of(7.25):>14}|", len({Money(1), Money(1), Money(2)}))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print(e)
try:
    Money(1) + 5
except TypeError as e:
    print(e)
try:
    Money(1) < 5
except TypeError as e:
    print(e)
try:
    Money(1) * "x"
except TypeError as e:
    print(e)


class Matrix2:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        r, c = key
        return self.data.get(key, 0)

    def __setitem__(self, key, v):
        self.data[key] = v

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, v):
        return v in self.data.values()

    def __len__(self):
        return len(self.data)

    def __call__(self, r):
        return [self[r, c] for c in range(3)]

    def __iadd__(self, other):
        for k, v in other.data.items():
            self[k] = self[k] + v
        return self


m = Matrix2()
m[0, 0] = 5
m[0, 2] = 7
m2 = Matrix2()
m2[0, 0] = 1
m2[1, 1] = 9
m += m2
print(m(0), m(1), len(m), 9 in m, 8 in m, m[5, 5])
del m[1, 1]
print(len(m), m.data)
try:
    del m[4, 4]
except KeyError as e:
    print("KeyError", e)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), range(Idx(3)), hex(Idx(255)), [1, 2, 3, 4][Idx(1):Idx(3)])


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int], list[int], dict[str, list[int]], type(list[int]).__name__)


class Temperature:
    def __init__(self, deg):
        self.deg = deg

    def __eq__(self, other):
        if isinstance(other, Temperature):
            return self.deg == other.deg
        return NotImplemented


t = Temperature(5)
print(t == Temperature(5), t == 5, t != 5, t in [Temperature(5)])
try:
    {t}
except TypeError as e:
    print(e)

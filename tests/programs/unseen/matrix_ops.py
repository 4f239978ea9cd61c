"""A small Matrix/Vector class with operator overloading, __format__, __slots__."""
import math


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "<" + ", ".join(format(c, spec) for c in self) + ">"

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o)))

    def __sub__(self, o):
        return Vector(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, o):
        return isinstance(o, Vector) and tuple(self) == tuple(o)

    def __bool__(self):
        return any(self)

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @staticmethod
    def _dot(a, b):
        return sum(x * y for x, y in zip(a, b))

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[self._dot(r, c) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(len(self.rows))
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __repr__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}}" for v in r) + "]" for r in self.rows)

    def __len__(self):
        return len(self.rows)

    def __contains__(self, v):
        return any(v in r for r in self.rows)


v = Vector(1, 2, 3)
w = Vector(4.5, -1, 0.25)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, -v)
print(repr(v), f"{w:.2f}", f"{v}", format(w, "+.1e"), abs(Vector(3, 4)))
print(v == Vector(1, 2, 3), v != w, bool(Vector()), bool(v), v[1], v[-1], list(v))
try:
    v.w = 1
except AttributeError as e:
    print(e)
try:
    v + 1
except TypeError as e:
    print(e)
print(hasattr(v, "__dict__"), Vector.__slots__)
fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10)
print(Matrix.identity(3))
print((fibm ** 90).rows[0][1])
print(len(fibm), 1 in fibm, 7 in fibm)
try:
    fibm @ 3
except AttributeError as e:
    print(e)
try:
    fibm + fibm
except TypeError as e:
    print(e)
print(f"{math.pi:10.4f}|{math.e:<10.3}|{1e21:g}|{1e-5:f}|{12345.678:_.1f}|{0.1 + 0.2}|{1/3:.20f}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-42:+d} {42: d} {1234567:,} {3.0:%} {0.25:.0%}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^10}|{7:=+6}|")
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234.5, -2), round(2.675, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), -7 // 2, -7 % 2, divmod(-7, 2))
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.nan, math.copysign(1, -0.0), math.log(8, 2), math.log10(1000))
print(float("inf") > 1e308, math.isnan(float("nan")), 1e308 * 10, 2 ** 0.5, 10 ** 20, 10.0 ** 20, (-8) ** (1 / 3))

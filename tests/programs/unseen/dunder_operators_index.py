import functools

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None
    def __format__(self, spec):
        if spec.endswith("p"):
            return f"<{format(self.x, spec[:-1])}|{format(self.y, spec[:-1])}>"
        return f"Vec({format(self.x, spec)}, {format(self.y, spec)})"
    def __bool__(self):
        return bool(self.x or self.y)

v, w = Vec(1, 2), Vec(3.5, -1)
print(v + w, v + 1, 2 + v, v * 3, 3 * v, v @ w, -v, abs(Vec(3, 4)))
print(sum([v, w, Vec(0, 0)], Vec(0, 0)))
print(f"{w:.2f}", f"{w:6.1fp}", format(v, ""))
print(v == Vec(1, 2), v != Vec(1, 2), v == (1, 2), bool(Vec(0, 0)))
for expr in ("v * v", "hash(v)", "{v}", "v - w", "'a' + v", "v < w"):
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2") <= Version("1.9"))

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30, 40][Idx(2)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
import operator
print(int.from_bytes(b"\x01\x00", "big") + operator.index(Idx(1)) if True else 0)
import operator
print(operator.index(Idx(7)), (1, 2, 3) * Idx(2))
try:
    [1][Idx("x")]
except TypeError as e:
    print("TypeError:", e)

class Registry(dict):
    def __missing__(self, key):
        self[key] = val = len(key)
        return val
r = Registry(a=1)
print(r["a"], r["hello"], r.get("zz"), sorted(r.items()))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]])
print(Idx(3) * "ab", [0] * Idx(2), b"xy" * Idx(2), bytearray(b"z") * Idx(3))
lst = [1, 2]
lst *= Idx(2)
print(lst)
try:
    (1, 2) * Idx(2**70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

import math
import operator
import os

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __iadd__(self, o):
        print("iadd", o)
        return NotImplemented
    def __add__(self, o):
        print("add", o)
        return NotImplemented if not isinstance(o, (int, Num)) else Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print("radd", o)
        return Num(o + self.v)
    def __rpow__(self, base): return Num(base ** self.v)
    def __rmatmul__(self, o): return f"rmatmul {o}"
    def __rfloordiv__(self, o): return Num(o // self.v)
    def __rsub__(self, o): return Num(o - self.v)
    def __rlshift__(self, o): return Num(o << self.v)
    def __round__(self, n=None): return Num(round(self.v, n)) if n is not None else round(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __bytes__(self): return b"num"
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~int(self.v))
    def __pos__(self): return self
    def __contains__(self, item): return 1
    def __length_hint__(self): return 7

n = Num(2.7)
n += 1
print(n)
n = Num(3)
print(5 + n, 2 ** n, [1] @ n if False else "skip", 10 // n, 10 - n, 1 << n)
print(round(Num(2.567), 2), round(Num(2.5)), math.trunc(Num(2.9)), math.floor(Num(2.1)), math.ceil(Num(2.1)))
print(complex(Num(2)), bytes(Num(1)), int(Num(2.2)), float(Num(1)), abs(Num(-4)), ~Num(5), +n is n)
print(3 in Num(0), operator.length_hint(Num(0)), operator.length_hint([1, 2]), operator.length_hint(iter(range(5)), 0))
try:
    n += "s"
except TypeError as e:
    print("TypeError:", e)
class Path:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(os.fspath(Path("/tmp/x")), os.path.join(Path("/a"), "b"), os.path.basename(Path("/q/r.txt")))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(2) > Cmp(1), Cmp(2) >= Cmp(2), len({Cmp(1), Cmp(1), Cmp(2)}))
print(max([Cmp(3), Cmp(9), Cmp(1)]).v, min(Cmp(3), Cmp(9)).v, sorted([Cmp(2), Cmp(1)], reverse=True)[0].v)
print(math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.gcd(12, 18, 30), math.lcm(4, 6), math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.copysign(3, -0.0))
print(math.fsum([0.1] * 10), math.log(8, 2), math.log2(1024), math.factorial(20), math.modf(3.75), math.frexp(8.0))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, -2), pow(2, -1, 7), (-8) ** (1/3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: 1 / 0.0, lambda: 10 ** 400 * 1.0, lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
import operator
its = [iter(range(5)), iter([1, 2]), iter((1, 2, 3)), iter("abcd"), reversed([1, 2]), iter({1: 2}), iter({1, 2}), iter(b"xy"), reversed("abc"), iter(bytearray(b"q")), iter({1: 2}.values()), iter({1: 2}.items()), reversed(range(3)), reversed((1, 2))]
for it in its:
    next(it, None)
    try:
        print(type(it).__name__, operator.length_hint(it, -1), it.__length_hint__())
    except Exception as e:
        print(type(it).__name__, type(e).__name__, e)
class C2:
    def __complex__(self): return 5
try:
    complex(C2())
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
r = reversed(lst); next(r); lst.clear()
print(r.__length_hint__(), list(r))
d = {1: 1, 2: 2}
it = iter(d); d[3] = 3
print(it.__length_hint__())

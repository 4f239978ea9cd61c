# arithmetic dunders, reflected and in-place
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x; self.y += o.y
        return self
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
a, b = V(1, 2), V(3, 4)
print(a + b, 10 + a, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a @ b)
print(a << 2, a & b, a | b, a ^ b)
c = a
c += b
print(c, a, c is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class N:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][N()], bin(N()), hex(N()), range(N()))
class I:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(I()), float(I()))

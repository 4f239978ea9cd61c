# Binary, reflected and in-place operator dispatch with NotImplemented, subclass priority,
# comparison fallbacks and their TypeError texts.
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("A.__add__"); return NotImplemented
    def __radd__(self, o): print("A.__radd__"); return f"A.radd({o.v if isinstance(o, A) else o})"
    def __iadd__(self, o): print("A.__iadd__"); return NotImplemented
    def __lt__(self, o): print("A.__lt__"); return NotImplemented
    def __gt__(self, o): print("A.__gt__"); return NotImplemented
    def __eq__(self, o): print("A.__eq__"); return NotImplemented
    def __repr__(self): return f"{type(self).__name__}({self.v})"
class B(A):
    def __radd__(self, o): print("B.__radd__"); return "B.radd"
    def __gt__(self, o): print("B.__gt__"); return True
class C:
    def __add__(self, o): print("C.__add__"); return NotImplemented
print(A(1) + B(2))
x = A(1); x += B(2); print(x)
print(A(1) < B(2))
print(A(1) == A(1))
a = A(1); print(a == a, a != a)
try: A(1) + C()
except TypeError as e: print(e)
try: C() + A(1)
except TypeError as e: print(e)
try:
    y = C(); y += C()
except TypeError as e: print(e)
try: A(1) < A(2)
except TypeError as e: print(e)
try: A(1) <= A(2)
except TypeError as e: print(e)
print(1 + A(5), "s" + A(6) if False else "")
class Num:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == (o.n if isinstance(o, Num) else o)
    def __hash__(self): return hash(self.n)
    def __lt__(self, o): return self.n < (o.n if isinstance(o, Num) else o)
print(Num(1) == 1, 1 == Num(1), Num(1) != 2, Num(2) < 3, 3 > Num(2), sorted([Num(3), Num(1)], key=lambda n: n.n)[0].n, Num(1) in [1], 1 in [Num(1)], {Num(1): "a"}[1])
class Cmp:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1), Cmp(1) == 1, [Cmp(1)].count(Cmp(1)))
class Inplace:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __isub__(self, o): return "replaced"
    def __imul__(self, o): return None
i = Inplace(); i += 1; i += 2; print(i.items)
j = Inplace(); j -= 1; print(j)
k = Inplace(); k *= 2; print(k)
lst = [1]; lst2 = lst; lst *= 2; print(lst, lst2 is lst)
tup = (1,); tup2 = tup; tup *= 2; print(tup, tup2)
s1 = {1}; s1 |= {2}; s1 &= {2, 3}; s1 ^= {4}; s1 -= {4}; print(s1)
d = {"a": 1}; d |= [("b", 2)]; print(d)
n = 7; n //= 2; n **= 3; n %= 5; n <<= 2; n >>= 1; n &= 6; n |= 1; n ^= 3; print(n)
f = 5.0; f /= 2; f //= 1; f -= 0.5; print(f)
class M:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __imatmul__(self, o): return "imatmul"
m = M(); print(m @ 1, 1 @ m); m @= 2; print(m)
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
try: -object()
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
try: abs([])
except TypeError as e: print(e)

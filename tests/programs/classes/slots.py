# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"), type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(3, 4)
q.z = 5
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 9
print(r.w, r.x, hasattr(r, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)

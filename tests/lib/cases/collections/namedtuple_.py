# modules: abc _collections_abc collections.abc keyword operator
from collections import namedtuple
P = namedtuple("Point", "x y")
p = P(1, y=2)
print(p, p.x, p[1], P._fields, P.__doc__, P.__name__, P.__module__, p._asdict(), p._replace(x=9))
print(P._make([3, 4]), P.x.__doc__, P.__new__.__doc__, P.__new__.__qualname__, P.__match_args__)
x, y = p; print(x, y, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2, 3), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple("R", "abc, def, _x, abc", rename=True); print(R._fields)
S = namedtuple("S", "one"); print(S(1), S.__doc__)
for args in [("1bad", "x"), ("T", "class"), ("T", "_x"), ("T", "x x")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("T", "x", defaults=[1, 2])
except TypeError as e:
    print("TypeError", e)
for bad in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: P(1, x=2),
            lambda: P._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
match p:
    case P(a, b):
        print("matched", a, b)
M = namedtuple("M", "a b", module="mymod"); print(M.__module__)
class Sub(P):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Sub(3, 4), Sub(3, 4).norm())

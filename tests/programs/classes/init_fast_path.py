# CALL fast path of perf-call: Cls(args) with object.__new__ and a Python __init__ (objects/typecall.rs plain_init), and what must leave it.
class A:
    def __init__(self, x, y=2, *, z=3):
        self.s = x + y + z
print(A(1).s, A(1, 5).s, A(1, z=10).s, A(x=4, y=1).s)
class B(A):
    pass
print(B(1).s)
class C:
    def __init__(self): return 5
try: C()
except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(S(3).a)
try: A()
except TypeError as e: print(e)
try: A(1, 2, 3)
except TypeError as e: print(e)
A.__init__ = lambda self, q: setattr(self, 's', q * 2)
print(A(21).s)
class M(type): pass
class X(metaclass=M):
    def __init__(self, v): self.v = v
print(X(7).v)
class N:
    def __new__(cls, *a): print('new', a); return super().__new__(cls)
    def __init__(self, a): print('init', a)
N(1)
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    def __init__(self): pass
try: Ab()
except TypeError as e: print(e)
class D:
    def __del__(self): print('del')
    def __init__(self, x): print('init', x); raise ValueError(x)
try: D(1)
except ValueError as e: print('caught', e)
l = []
ap = l.append
ap(1); l.append(2); print(l, len(l), isinstance(l, list))
class K:
    def m(self, a, b=1): return a + b
k = K(); bm = k.m
print(bm(1), bm(1, b=5), bm(a=3))
print(dict(a=1, b=2), sorted([3,1,2], reverse=True), "x".join(["a","b"]))
def g(*a, **k): return a, k
print(g(1, 2, x=3))

# super(C) unbound and bound by __get__; __bases__ assignment (checks, MRO of the class and its
# subclasses recomputed); __subclasses__() of builtin and user classes.
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B.f'
s = super(B)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__, s.__self_class__)
print(repr(s).split(' object')[0])
b = B()
bs = s.__get__(b)
print(bs.f(), bs.__self__ is b, bs.__self_class__.__name__)
bs2 = super(B).__get__(b, B)
print(bs2.f())
print(super(B).__get__(None, B) is not None)
class C(B):
    sup = super(B)
print(C().sup.f())
try:
    s.f
except AttributeError as e:
    print('AE', e)
print(s.__get__(1, int) if False else 'x')
print(s.__get__(None, B) is s)
try:
    s.__get__(None)
except TypeError as e:
    print('TE', e)
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1)
except TypeError as e:
    print(e)

# __bases__ assignment
class X: 
    def who(self): return 'X'
class Y:
    def who(self): return 'Y'
class Z(X): pass
z = Z()
print(z.who(), [k.__name__ for k in Z.__mro__])
Z.__bases__ = (Y,)
print(z.who(), [k.__name__ for k in Z.__mro__], Z.__base__.__name__)
Z.__bases__ = (X, Y)
print(z.who(), [k.__name__ for k in Z.__mro__])
print(X.__subclasses__(), Y.__subclasses__())
for bad in [(), 1, (1,), (Z,), (int,)]:
    try:
        Z.__bases__ = bad
        print('ok', bad)
    except TypeError as e:
        print('TE', e)
class W(Z): pass
Z.__bases__ = (Y,)
print([k.__name__ for k in W.__mro__])
try:
    X.__bases__ = (W,)
except TypeError as e:
    print('TE', e)
try:
    del Z.__bases__
except TypeError as e:
    print('TE', e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print('TE', e)

# __subclasses__
class MyInt(int): pass
print(int.__subclasses__())
print(object.__subclasses__().__class__, len(object.__subclasses__()) > 50)
class P: pass
class Q1(P): pass
class Q2(P): pass
class Q3(Q1, P): pass
print(P.__subclasses__(), Q1.__subclasses__())
del Q2
import gc; gc.collect()
print(P.__subclasses__())
print(bool.__subclasses__(), dict.__subclasses__()[:0], type(str.__subclasses__()))
class MyDict(dict): pass
print(MyDict in dict.__subclasses__(), MyInt in int.__subclasses__(), bool in int.__subclasses__())
print(Exception.__subclasses__()[:3])

# __base__ is the base with the most derived layout (best_base), not the first one
class A2: pass
class C2(A2, int): pass
class S2: __slots__ = ('x',)
class D2(A2, S2): pass
class E2(A2, Exception): pass
print(C2.__base__, D2.__base__, E2.__base__, A2.__base__, bool.__base__)
class U1: pass
class U2(U1): pass
class U3:
    def f(self): return 'U3'
B2 = type('B2', (U1,), {})
class V(B2, U2): pass
V.__bases__ = (U2, U3)
print(V().f(), [k.__name__ for k in V.__mro__], U1.__subclasses__(), U3.__subclasses__())


def walk(c, d=0):
    for s in c.__subclasses__():
        if s.__module__ == "builtins":
            print(" " * d + s.__name__)
            walk(s, d + 1)


walk(BaseException)
print([c.__name__ for c in int.__subclasses__() if c.__module__ == "builtins"])

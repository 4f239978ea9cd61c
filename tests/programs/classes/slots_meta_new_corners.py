# Object model corners: __slots__, metaclass __call__/__instancecheck__/__subclasscheck__,
# __new__ returning another type, constructor argument errors, __init_subclass__ chains, MRO.
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
try: s.c = 3
except AttributeError as e: print(e)
try: print(s.b)
except AttributeError as e: print(e)
print(S.a, type(S.a).__name__)
class T(S):
    pass
t = T(); t.c = 5; print(t.__dict__)
class U:
    __slots__ = ("__dict__",)
u = U(); u.x = 1; print(u.__dict__)
class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", a, k)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, inst): return True
    def __subclasscheck__(cls, sub): return sub is int
class K(metaclass=Meta):
    def __init__(self, x=0): self.x = x
k = K(3, ); print(k.x, isinstance(1, K), issubclass(int, K), issubclass(str, K))
class NewOnly:
    def __new__(cls, *a):
        print("new", a); return 42
print(NewOnly(1, 2))
class Reinit:
    def __new__(cls): return super().__new__(cls)
    def __init__(self): print("init")
Reinit()
try: object.__new__(int)
except TypeError as e: print(e)
class Ab:
    def __init__(self, x): pass
try: Ab()
except TypeError as e: print(e)
try: Ab(1, 2)
except TypeError as e: print(e)
try: Ab(y=1)
except TypeError as e: print(e)
class Sl:
    __slots__ = ()
try: Sl().x = 1
except AttributeError as e: print(e)
class Cls:
    attr = 1
    def __init_subclass__(cls): cls.attr += 1
class D1(Cls): pass
class D2(D1): pass
print(Cls.attr, D1.attr, D2.attr)
print(type("Dyn", (Cls,), {"z": 1}).attr)
class Mro(D2, Cls): pass
print([c.__name__ for c in Mro.__mro__])
try:
    class Bad(Cls, D1): pass
except TypeError as e: print(e)
print(vars(type("E", (), {"__module__": "m", "__qualname__": "Q"})).keys())

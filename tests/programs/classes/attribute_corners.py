# Attribute corners: delattr/setattr errors, property without setter/deleter, classmethod
# wrapping a property (3.12 still chains __get__), staticmethod objects are callable,
# cached_property, __class__ assignment, __getattribute__ faking __class__, __dir__.
class A:
    x = 1
a = A()
print(getattr(a, "x"), A.__dict__["x"])
try: delattr(a, "x")
except AttributeError as e: print(e)
a.y = 2; del a.y
try: del a.y
except AttributeError as e: print(e)
try: A.__dict__["x"] = 2
except TypeError as e: print(e)
try: setattr(1, "x", 2)
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: A.__name__ = 5
except TypeError as e: print(e)
A.__name__ = "B"; print(A, A.__qualname__)
class Prop:
    @property
    def p(self): return 1
try: Prop().p = 2
except AttributeError as e: print(e)
try: del Prop().p
except AttributeError as e: print(e)
class WithSetter:
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
w = WithSetter(); w.v = 3; print(w.v)
print(type(Prop.p).__name__, Prop.p.fset, Prop.p.__isabstractmethod__)
class Cm:
    @classmethod
    @property
    def cp(cls): return cls.__name__
try: print(Cm.cp)
except Exception as e: print(type(e).__name__, e)
class Sm:
    @staticmethod
    def s(x): return x
print(Sm.s(1), Sm().s(2), Sm.__dict__["s"].__func__(3), callable(Sm.__dict__["s"]))
import functools
class CP:
    @functools.cached_property
    def val(self):
        print("compute"); return 10
c = CP(); print(c.val, c.val, "val" in vars(c))
print(A.__class__, type(A).__name__, A.__module__, a.__class__.__name__)
class Swap: pass
class Other: pass
s = Swap(); s.__class__ = Other; print(type(s).__name__)
try: s.__class__ = int
except TypeError as e: print(e)
print(hasattr(A, "__weakref__"), "__dict__" in dir(a), sorted(vars(a)))
class GA:
    def __getattribute__(self, n):
        if n == "__class__": return int
        return super().__getattribute__(n)
print(isinstance(GA(), int), type(GA()).__name__)
class DirC:
    def __dir__(self): return ["b", "a", "a"]
print(dir(DirC()))

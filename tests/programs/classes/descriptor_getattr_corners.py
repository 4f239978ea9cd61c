# Descriptors (__set_name__, data vs non-data vs instance dict), __getattr__ and __getattribute__
# together (a property raising AttributeError falls back to __getattr__), __init_subclass__
# keywords, __class_getitem__ against a metaclass __getitem__.
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype.__name__)
        return 42 if obj is not None else self
class ND:
    def __get__(self, obj, t=None): return "nd"
class DD:
    def __get__(self, obj, t=None): return "dd"
    def __set__(self, obj, v): print("dd set", v)
    def __delete__(self, obj): print("dd delete")
class C:
    x = D()
    y = ND()
    z = DD()
c = C()
print(c.x, C.x.name)
c.__dict__["y"] = "inst"; print(c.y)
c.__dict__["z"] = "inst"; print(c.z)
c.z = 5; del c.z
class G:
    def __getattr__(self, n):
        print("getattr", n); return n.upper()
    def __getattribute__(self, n):
        print("getattribute", n)
        if n == "boom": raise AttributeError(n)
        return object.__getattribute__(self, n)
g = G(); g.a = 1
print(g.a); print(g.boom); print(getattr(g, "zz", None)); print(hasattr(g, "q"))
class P:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
print(P().p)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
class Sub(Base, tag="t"): pass
try:
    class Bad(Base, tag="t", other=1): pass
except TypeError as e: print("TypeError", e)
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(CG[int], CG[int, str])
class M(type):
    def __getitem__(cls, i): return "meta " + str(i)
class W(metaclass=M):
    def __class_getitem__(cls, i): return "cg"
print(W[1])
print(list[int], type(list[int]), dict[str, int].__args__)

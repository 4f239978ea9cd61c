# the descriptor protocol
class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        print("get", self.name)
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("delete", self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class M:
    a = Verbose()
    b = NonData()
m = M()
m.a = 5
print(m.a, M.a)
del m.a
print(m.b)
m.__dict__["b"] = "instance wins"
print(m.b)
m.__dict__["a"] = "data descriptor wins"
print(m.a)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None): return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = v
class Pt:
    x = Typed(int)
p = Pt(); p.x = 3; print(p.x)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
class F:
    def method(self): return 1
print(F.method.__get__(F(), F)(), type(F.__dict__["method"]).__name__, type(F().method).__name__)

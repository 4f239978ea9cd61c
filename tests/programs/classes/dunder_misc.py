# __repr__/__str__/__format__, __call__, __getattr__, __getattribute__, __new__, __del__, __bool__
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str of R"
    def __format__(self, spec): return f"R formatted with {spec!r}"
r = R()
print(r, repr(r), str(r), f"{r}", f"{r:abc}", f"{r!r}", [r], format(r, "x"))
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False): return (x + self.n) * (2 if twice else 1)
add = Adder(5)
print(add(1), add(1, twice=True), callable(add))
class Lazy:
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
    real = 1
l = Lazy()
print(l.real, l.xyz)
try:
    l.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "other", "default"))
class Spy:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("setattr", name, v)
        object.__setattr__(self, name, v)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = Spy()
s.b = 2
print(s.a + s.b)
del s.a
class Pos:
    def __new__(cls, v):
        print("__new__", cls.__name__, v)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
p = Pos(3)
print(p.created, p.v)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Fin:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
f = Fin(1)
del f
print("after del")
g = Fin(2)
g = None
print("end")

class Fallback:
    @property
    def broken(self):
        return self.nothing_here
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.broken)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class S:
    __slots__ = ("x",)
s = S()
try:
    s.x
except AttributeError as e:
    print("AttributeError:", e)
class Base:
    def __init_subclass__(cls, **kw):
        if "required" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define 'required'")
class Ok(Base):
    required = True
try:
    class NotOk(Base):
        pass
except TypeError as e:
    print(e)
class Desc:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__)
class H:
    d = Desc()
print(H.d, H().d)
class Counter:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(Counter(1).v, Counter(2).v, Counter.count)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class Sing:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Sing() is Sing())
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", None)
try:
    {WithEq(1)}
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created = True
        return inst
    @property
    def kind(cls):
        return cls.__name__.lower()
class M(metaclass=Meta):
    def __init__(self, a): self.a = a
m = M(5)
print(m.a, m.created, M.kind, hasattr(m, "kind"))
import dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: int = 0
    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x must be >= 0")
print(P(1), P(1) == P(1, 0), dataclasses.astuple(P(2, 3)))
print(dataclasses.fields(P)[0].type, P.__dataclass_fields__["y"].default)
try:
    P(x=1, z=2)
except TypeError as e:
    print(e)
P(-1)

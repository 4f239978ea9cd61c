import copy, pickle, weakref

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.owner, self.name, self.private = owner.__name__, name, "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v

class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
    @Lazy
    def label(self):
        print("  computing label")
        return f"{self.name} x{self.qty}"
    @property
    def double(self):
        return self.qty * 2
    @double.setter
    def double(self, v):
        self.qty = v // 2
    @double.deleter
    def double(self):
        print("  deleting double")
        self.qty = 0

it = Item("bolt", 3)
print(it.label, it.label, vars(it))
try:
    it.qty = "x"
except TypeError as e:
    print(e)
it.double = 10; print(it.qty); del it.double; print(it.qty)
print(type(Item.__dict__["name"]).__name__, Item.name.private, Item.qty.owner)
try:
    del it.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    Item.double.fget = None
except AttributeError as e:
    print("AttributeError:", e)

class Registry(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"_order": []}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __call__(cls, *a, **k):
        print("calling", cls.__name__)
        return super().__call__(*a, **k)

class Base(metaclass=Registry, color="red"):
    plugins = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.plugins.append(cls.__name__)
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class A(Base, tag="a"):
    pass
class B(A, tag="b", size=3):
    pass
print(Base.plugins, A.tag, B.tag, B.options, Base.options, Base[int], A["x"])
A()
try:
    class C(Base, bogus=1, tag="c"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Fallback:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"<{name}>"
class Loud(Fallback):
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return super().__getattribute__(name)
f = Loud()
print(f.real, f.missing, f.secret, getattr(f, "_x", "dflt"), hasattr(f, "_y"))

class Node:
    __slots__ = ("value", "__weakref__")
    def __init__(self, value):
        self.value = value
n = Node(5)
r = weakref.ref(n)
print(r() is n, r().value)
try:
    n.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Node.__slots__ = ()
    print(Node.__slots__)
except AttributeError as e:
    print(e)
del n
print(r())
d = weakref.WeakValueDictionary()
k = Node(1); d["k"] = k; print(list(d)); del k; print(list(d))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __iadd__(self, o):
        self.x += 100
        return self
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __format__(self, spec):
        if spec.endswith("p"):
            return f"<{self.x:{spec[:-1]}}, {self.y:{spec[:-1]}}>"
        return format(repr(self), spec)
v = Vec(1, 2)
print(v + Vec(1, 1), 3 + v, v * 2, 2 * v, -v, bool(Vec(0, 0)), sum([v, v], Vec(0, 0)))
v += 1; print(v)
print(f"{v:.2fp}|{v:>20}|{v!s:^20}|")
for bad in (lambda: v * "s", lambda: "s" - v, lambda: v < v, lambda: Vec.__hash__):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print({"a": [v, 1.5, "s"]}, [Vec(0, 1)], (v,), {v.x: str(v)})

class P:
    def __init__(self, n):
        self.n = n
        self.cache = {"k": [1, 2]}
    def __repr__(self):
        return f"P({self.n}, {self.cache})"
    def __copy__(self):
        print("  __copy__")
        c = P.__new__(P); c.__dict__.update(self.__dict__); return c
    def __deepcopy__(self, memo):
        print("  __deepcopy__", len(memo))
        return P(copy.deepcopy(self.n, memo))
p = P(3)
c1 = copy.copy(p); c2 = copy.deepcopy([p, p])
print(c1.cache is p.cache, c2[0] is c2[1], c2)

class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __reduce_ex__(self, proto):
        return (Money, (self.amount, self.cur))
    def __eq__(self, o):
        return (self.amount, self.cur) == (o.amount, o.cur)
    def __hash__(self):
        return hash((self.amount, self.cur))
m = Money(5, "EUR")
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    m2 = pickle.loads(pickle.dumps(m, proto))
    assert m2 == m and m2 is not m
print(copy.deepcopy(m) == m, len({m, Money(5, "EUR")}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__, NoHash() == 1)

def plain(): pass
class Holder:
    def meth(self): pass
for obj, names in [(property(plain), ["fget", "fset", "fdel"]), (classmethod(plain), ["__func__", "__wrapped__"]), (staticmethod(plain), ["__func__"]), (Holder().meth, ["__func__", "__self__"]), (super(Holder, Holder()), ["__thisclass__", "__self__"])]:
    for n in names:
        try:
            setattr(obj, n, 1)
        except AttributeError as e:
            print(type(obj).__name__, n, "AttributeError:", e)

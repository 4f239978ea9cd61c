import weakref
import copy
import pickle

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if kw.get("register", True):
            mcls.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created_by = mcls_name(type(cls))
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst._serial = len(Registry.classes)
        return inst

def mcls_name(m):
    return m.__name__

class Base(metaclass=Registry):
    pass

class Plugin(Base):
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix

class Hidden(Base, register=False):
    pass

class Csv(Plugin, prefix="csv"):
    pass

class Json(Plugin, prefix="json"):
    pass

print(sorted(Registry.classes), Csv.prefix, Json.prefix, Csv.created_by, Csv, Json())
print(type(Csv), isinstance(Csv, Registry), Json()._serial, Csv.__mro__)

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.name, value)

class Logged:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            print(f"call {self.fn.__name__}{args}")
            return self.fn(obj, *args)
        return bound

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty, self.price = qty, price
    @Logged
    def total(self, discount=0):
        return self.qty * self.price - discount
    def __repr__(self):
        return f"Order({self.qty}, {self.price})"

o = Order(3, 2.5)
print(o.total(1), vars(o), Order.qty.name, type(Order.__dict__["total"]).__name__)
try:
    o.qty = -1
except ValueError as e:
    print(e)

class Slotted:
    __slots__ = ("a", "b", "__weakref__")
    def __init__(self, a):
        self.a = a

s = Slotted(1)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
r = weakref.ref(s)
print(r() is s)
del s
print(r())
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name!r}, {self.children})"
root = Node("root")
root.children.append(Node("kid"))
root.children.append(root.children[0])
c1 = copy.copy(root)
c2 = copy.deepcopy(root)
print(c1.children is root.children, c2.children is root.children, c2.children[0] is c2.children[1])
root.children[0].name = "changed"
print(c1, c2)
data = {"order": o, "tuple": (1, 2.5, "x", None, True), "set": {1, 2}, "nested": [root]}
blob = pickle.dumps(data)
back = pickle.loads(blob)
print(back["order"], back["tuple"], back["set"], back["nested"][0].children[0] is back["nested"][0].children[1])
wd = weakref.WeakValueDictionary()
class K: pass
k1 = K()
wd["a"] = k1
print(len(wd), list(wd.keys()))
del k1
print(len(wd))
fin = weakref.finalize(K(), print, "finalized!")
print(fin.alive)
class Meta2(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
class WithPrep(metaclass=Meta2):
    pass
try:
    pass
finally:
    print(WithPrep.injected)
try:
    class Bad(metaclass=Meta2, flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)

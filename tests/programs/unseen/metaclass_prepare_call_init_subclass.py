# Metaclass __prepare__/__new__/__init__/__call__ with class keywords, __init_subclass__, a
# class decorator, cooperative super() chains and MRO conflicts.
class Registry(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        d = {}
        d["registered_by"] = mcls.__name__
        return d

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        inst.created = True
        return inst


class Base(metaclass=Registry, tag="base"):
    def __init__(self, x):
        self.x = x

class Child(Base, tag="child"):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

c = Child(1, y=2)
print(c.x, c.y, c.created, Child.tag, Base.tag, Child.registered_by)
print(type(Child).__name__, Child.__mro__)

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)

class A(Plugin, name="alpha"): pass
class B(Plugin): pass
class C(B, name="gamma"): pass
print(Plugin.plugins, C.plugin_name, B.plugin_name)

try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

def add_repr(cls):
    fields = cls.__annotations__
    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    x: int
    y: int
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(3, "a"), repr(Point(0, None)))

class L1:
    def hello(self): return ["L1"]
class L2(L1):
    def hello(self): return ["L2"] + super().hello()
class L3(L1):
    def hello(self): return ["L3"] + super().hello()
class L4(L2, L3):
    def hello(self): return ["L4"] + super().hello()
print(L4().hello(), [k.__name__ for k in L4.__mro__])

try:
    class Bad(L2, L1, L3): pass
except TypeError as e:
    print(e)
try:
    class Bad2(L1, L2): pass
except TypeError as e:
    print(e)
print(super(L2, L4()).hello())
s = super(L4, L4())
print(type(s).__name__, s.hello())

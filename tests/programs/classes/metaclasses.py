# metaclasses
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name)
        return {"injected": 1}
class Base(metaclass=Meta, tag="base"):
    def __init__(self, v): self.v = v
class Derived(Base):
    x = 1
d = Derived(5)
print(d.v, Base.tag, Derived.tag, Derived.injected, type(Derived).__name__, isinstance(Derived, Meta))
Dyn = type("Dyn", (object,), {"hello": lambda self: "hi", "n": 3})
print(Dyn().hello(), Dyn.n, Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counted): pass
P(); P()
print(Counted.count)
class Singleton(type):
    _inst = {}
    def __call__(cls):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__()
        return cls._inst[cls]
class One(metaclass=Singleton): pass
print(One() is One())

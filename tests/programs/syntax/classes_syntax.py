# class statement details: keywords, decorators, nested scopes, __class__ cell, class body order
def deco(cls):
    print("decorating", cls.__name__)
    return cls
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("ns order:", [k for k in ns if not k.startswith("__")], kw)
        return super().__new__(m, name, bases, ns)
@deco
class K(object, metaclass=Meta, flag=True):
    b = 2
    a = 1
    def method(self):
        return __class__.__name__
    def __repr__(self):
        return f"<K {self.a}>"
    z = [b for _ in range(2)] if False else "skip"
print(K().method(), K(), K.z)
class Outer:
    x = 1
    class Inner:
        y = 2
        def get(self):
            return Outer.x + self.y
print(Outer.Inner().get(), Outer.Inner.__qualname__)
def factory(n):
    class Made:
        value = n
        def get(self):
            return self.value * n
    return Made
print(factory(3)().get(), factory(4).__qualname__)
class WithDoc:
    "docstring"
print(WithDoc.__doc__, K.__doc__)

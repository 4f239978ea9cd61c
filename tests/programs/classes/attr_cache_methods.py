# Attribute caches must notice every change that alters what an attribute access finds:
# methods patched on the class or a base after a call site cached them, instance dicts
# shadowing class attributes, __class__ assignment, class attributes deleted.


class Base:
    def greet(self):
        return "base"

    kind = "base-kind"


class Child(Base):
    pass


def call_greet(objs):
    return [o.greet() for o in objs]


def read_kind(objs):
    return [o.kind for o in objs]


c = Child()
print(call_greet([c, c]))
Base.greet = lambda self: "patched base"
print(call_greet([c]))
Child.greet = lambda self: "patched child"
print(call_greet([c]))
del Child.greet
print(call_greet([c]))

# an instance attribute shadows the class's function (and then goes away again)
c.greet = lambda: "instance"
print(call_greet([c]))
del c.greet
print(call_greet([c]))

print(read_kind([c]))
Base.kind = "changed"
print(read_kind([c]))
c.kind = "own"
print(read_kind([c]))
del c.kind
del Base.kind
try:
    read_kind([c])
except AttributeError as e:
    print("AttributeError:", e)


# __class__ assignment between two classes with the same method name
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


def who(o):
    return o.who()


x = A()
print(who(x), who(x))
x.__class__ = B
print(who(x), who(x))
x.__class__ = A
print(who(x), type(x).__name__)
for bad in [1, int, None]:
    try:
        x.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("s",)


try:
    x.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)
try:
    del x.__class__
except TypeError as e:
    print("TypeError:", e)


# a data descriptor added to the class later wins over the instance dict
class P:
    pass


p = P()
p.v = 1


def read_v(o):
    return o.v


print(read_v(p), read_v(p))
P.v = property(lambda self: "property")
print(read_v(p))
del P.v
print(read_v(p))


# a class attribute that is a function stored after the call site ran
class Late:
    pass


def late(o):
    try:
        return o.m()
    except AttributeError as e:
        return "AttributeError: " + str(e)


lo = Late()
print(late(lo))
Late.m = lambda self: "now"
print(late(lo))


# __getattr__ and __getattribute__ added later
class G:
    def __init__(self):
        self.a = 1


g = G()


def get_a(o):
    return o.a


def get_b(o):
    try:
        return o.b
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(get_a(g), get_b(g))
G.__getattr__ = lambda self, name: "fallback " + name
print(get_a(g), get_b(g))
G.__getattribute__ = lambda self, name: "always " + name
print(get_a(g), get_b(g))
del G.__getattribute__
del G.__getattr__
print(get_a(g), get_b(g))


# class attribute reads through the class and through a metaclass
class Meta(type):
    tag = "meta"


class WithMeta(metaclass=Meta):
    pass


def tag(c):
    return c.tag


print(tag(WithMeta))
WithMeta.tag = "own"
print(tag(WithMeta))
del WithMeta.tag
Meta.tag = "meta2"
print(tag(WithMeta))


# class-level defaults read through instances, then shadowed, changed and deleted
class Defaults:
    state = "PENDING"
    count = 0
    items = ()

    def bump(self):
        self.count += 1
        return self.count


def read_state(o):
    return o.state


d1, d2 = Defaults(), Defaults()
print(read_state(d1), read_state(d2), d1.bump(), d1.bump(), d2.count, Defaults.count)
d1.state = "DONE"
print(read_state(d1), read_state(d2))
Defaults.state = "CHANGED"
print(read_state(d1), read_state(d2))
del d1.state
print(read_state(d1))
Defaults.state = property(lambda self: "computed")
print(read_state(d1), read_state(d2))
try:
    d1.state = "x"
except AttributeError as e:
    print("AttributeError:", e)
del Defaults.state
try:
    read_state(d2)
except AttributeError as e:
    print("AttributeError:", e)

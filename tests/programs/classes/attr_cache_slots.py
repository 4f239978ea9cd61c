# __slots__ members read and written through cached instructions, next to properties,
# subclasses that hide a slot, unset slots and __class__ changes between slotted classes.


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def read_a(o):
    return o.a


def read_b(o):
    try:
        return o.b
    except AttributeError as e:
        return "AttributeError: " + str(e)


def write_b(o, v):
    o.b = v


s = S(1)
for i in range(3):
    print(read_a(s), read_b(s))
    write_b(s, i)
del s.b
print(read_b(s))


# a subclass hides the slot behind a property
class T(S):
    __slots__ = ()

    def __init__(self, a):
        pass

    @property
    def a(self):
        return "property a"


t = T(5)
print(read_a(s), read_a(t), read_a(s))


# a subclass adding its own slots; the base's slot keeps its place
class U(S):
    __slots__ = ("c",)

    def __init__(self):
        self.a = "ua"
        self.c = "uc"


u = U()
print(read_a(u), read_b(u), u.c)
write_b(u, "ub")
print(read_b(u))


# __class__ assignment between compatible slotted classes
class S2:
    __slots__ = ("a", "b")


x = S(10)
write_b(x, 20)
print(read_a(x), read_b(x))
x.__class__ = S2
print(read_a(x), read_b(x))
write_b(x, 30)
print(read_b(x))


# slots and a dict together
class SD:
    __slots__ = ("a", "__dict__")


sd = SD()
sd.a = "slot"
sd.z = "dict"
print(read_a(sd), sd.z, sorted(sd.__dict__))


# a descriptor with __set__ replaces the member on the class later
class Loud:
    def __get__(self, obj, owner=None):
        return "loud get"

    def __set__(self, obj, value):
        print("loud set", value)


s3 = S(3)
print(read_a(s3))
S.a = Loud()
print(read_a(s3))
write_a = lambda o, v: setattr(o, "a", v)
write_a(s3, 7)
print(read_a(s3))


# reading a missing attribute on a slotted instance
class N:
    __slots__ = ("x",)


def read_y(o):
    try:
        return o.y
    except AttributeError as e:
        return "AttributeError: " + str(e)


n = N()
print(read_y(n), read_y(n))
try:
    n.y = 1
except AttributeError as e:
    print("AttributeError:", e)

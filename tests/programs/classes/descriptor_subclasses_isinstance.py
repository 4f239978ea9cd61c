# dir() through a metaclass __dir__, subclasses of classmethod/staticmethod (abc's
# abstractclassmethod), isinstance() answered by obj.__class__, metaclass __instancecheck__.
import abc


class Meta(type):
    def __dir__(cls):
        return ["b", "a", "zz"]


class C(metaclass=Meta):
    x = 1


print(dir(C))
print("x" in dir(C()), "zz" in dir(C()))


class MyCM(classmethod):
    pass


class MySM(staticmethod):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 1


class A(abc.ABC):
    @abc.abstractclassmethod
    def f(cls):
        return cls

    @abc.abstractstaticmethod
    def g():
        return 1

    @MyCM
    def h(cls):
        return cls.__name__

    @MySM
    def k():
        return "k"


print(sorted(A.__abstractmethods__))
print(A.h(), A.k(), type(A.__dict__["h"]).__name__, isinstance(A.__dict__["h"], classmethod))
print(A.__dict__["k"].extra, A.__dict__["k"].__func__(), A.__dict__["h"].__func__.__name__)
print(type(A.__dict__["f"]).__name__, A.__dict__["f"].__isabstractmethod__)
try:
    A()
except TypeError as e:
    print(e)


class B(A):
    @classmethod
    def f(cls):
        return "bf"

    @staticmethod
    def g():
        return "bg"


print(B().f(), B.g(), B.h(), B().k())
for make in (lambda: classmethod(), lambda: MyCM(), lambda: staticmethod(1, 2), lambda: classmethod(f=1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Impostor:
    @property
    def __class__(self):
        return int


i = Impostor()
print(isinstance(i, int), isinstance(i, Impostor), isinstance(i, (str, int)), isinstance(i, str))
print(type(i).__name__, i.__class__.__name__)


class P:
    pass


class Q:
    __class__ = P


print(isinstance(Q(), P), Q().__class__.__name__, Q.__class__.__name__)


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Broken(), int), isinstance(Broken(), Broken))


class Fails:
    @property
    def __class__(self):
        raise KeyError("boom")


try:
    isinstance(Fails(), int)
except KeyError as e:
    print("KeyError", e)
print(isinstance(Fails(), Fails))
print(type.__instancecheck__(int, i), type.__instancecheck__(str, i))


class MM(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Z(metaclass=MM):
    pass


print(isinstance(42, Z), isinstance(41, Z), issubclass(int, Z), issubclass(str, Z))
print(isinstance(Z(), Z))

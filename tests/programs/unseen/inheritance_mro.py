"""Inheritance, super(), MRO, abstract classes, class/static methods, __init_subclass__."""
from abc import ABC, abstractmethod


class Shape(ABC):
    registry = []

    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry.append(cls.__name__)

    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area():.2f}"


class Rect(Shape, sides=4):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect, sides=4):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape, sides=3):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


for s in [Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
print(Shape.registry)
try:
    Shape()
except TypeError as e:
    print(e)


class Incomplete(Shape):
    pass


try:
    Incomplete()
except TypeError as e:
    print(e)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(issubclass(D, A), isinstance(D(), C), D.__bases__, A.__subclasses__())
try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(c):
        return c >= -273.15

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.1f})"


class Kelvinish(Temperature):
    pass


print(Temperature.from_fahrenheit(212), Kelvinish.from_fahrenheit(32), Temperature.valid(-300))


class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))


class Mixin:
    def __init__(self, **kw):
        print("Mixin init")
        super().__init__(**kw)


class Child(Mixin, Base):
    def __init__(self, name, **kw):
        print("Child init", name)
        super().__init__(**kw)


Child("c", a=1, b=2)
print(Child.__mro__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.upper()
        return super().__new__(mcls, name, bases, ns)

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class Tagged(metaclass=Meta):
    pass


print(Tagged.tag, Tagged, type(Tagged), isinstance(Tagged, Meta))
print(super(B, D()).who())
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(str.__mro__, bool.__mro__, type(type), type.__mro__)

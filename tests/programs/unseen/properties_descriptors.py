"""Properties with validation, cached_property, descriptors, __getattr__, __setattr__."""
import functools


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Rectangle:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    @property
    def area(self):
        return self.width * self.height

    @functools.cached_property
    def diagonal(self):
        print("computing diagonal")
        return (self.width ** 2 + self.height ** 2) ** 0.5


r = Rectangle(3, 4)
print(r.area, r.diagonal, r.diagonal, r.__dict__)
try:
    r.width = -1
except ValueError as e:
    print(e)
try:
    r.area = 5
except AttributeError as e:
    print(e)
print(type(Rectangle.width).__name__, isinstance(Rectangle.area, property))


class Person:
    def __init__(self, first, last):
        self._first = first
        self._last = last

    @property
    def full_name(self):
        """The full name."""
        return f"{self._first} {self._last}"

    @full_name.setter
    def full_name(self, value):
        self._first, self._last = value.split(" ", 1)

    @full_name.deleter
    def full_name(self):
        print("deleting name")
        self._first = self._last = ""


p = Person("Ada", "Lovelace")
print(p.full_name)
p.full_name = "Grace Brewster Hopper"
print(p._first, "|", p._last)
del p.full_name
print(repr(p.full_name), Person.full_name.__doc__)


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private!")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)


rec = Record(a=1, b=2)
rec.c = 3
print(rec.a, rec.c, dir(rec), getattr(rec, "zz", "dflt"), hasattr(rec, "b"))
del rec.a
try:
    rec.a
except AttributeError as e:
    print(e)
try:
    rec._x = 1
except AttributeError as e:
    print(e)


class Lazy:
    calls = 0

    def __getattribute__(self, name):
        type(self).calls += 1
        return super().__getattribute__(name)


lz = Lazy()
lz.x = 1
print(lz.x, lz.x, Lazy.calls)


class Meters:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, owner):
        return self.v * (1 if obj is None else obj.scale)


class Scaled:
    length = Meters(5)

    def __init__(self, scale):
        self.scale = scale


print(Scaled.length, Scaled(3).length)


class Counter:
    __slots__ = ("count",)

    def __init__(self):
        self.count = 0


c = Counter()
c.count += 1
print(c.count, hasattr(c, "__dict__"))
try:
    c.other = 1
except AttributeError as e:
    print(e)
print(vars(r).keys(), getattr(Person, "full_name").fget.__name__)

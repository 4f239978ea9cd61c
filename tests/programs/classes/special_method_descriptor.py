# A special method stored on the class as a non-function descriptor is bound through its
# __get__ before the call (CPython's lookup_maybe_method), for comparisons and binary,
# reflected and in-place operators alike (unittest.mock's MagicProxy relies on it).
class Proxy:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return lambda *args: f"{self.name} on {type(obj).__name__}{args}"


class C:
    __eq__ = Proxy("eq")
    __lt__ = Proxy("lt")
    __ne__ = Proxy("ne")


class D:
    pass


D.__add__ = Proxy("add")
D.__radd__ = Proxy("radd")
D.__iadd__ = Proxy("iadd")


class Sub(D):
    __rsub__ = Proxy("rsub")


print(C() == 1, C() < 1, C() != 2)
print(D() + 1, 1 + D())
d = D()
d += 5
print(d)
print(5 - Sub())


class Static:
    __mul__ = staticmethod(lambda b: ("static", b))
    __eq__ = classmethod(lambda cls, other: ("classmethod", cls.__name__, other))


print(Static() * 3)
print(Static() == 4)

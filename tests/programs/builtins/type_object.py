# type() and the object model's basic names
class A: pass
class B(A):
    x = 1
print(type(A()), type(A), type(int), type(type), type(object), type(None), type(...), type(NotImplemented))
print(A.__name__, A.__qualname__, A.__module__, B.__bases__, B.__mro__, object.__mro__, type.__mro__)
print(isinstance(A, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
T = type("T", (B,), {"y": 2, "m": lambda self: self.x + self.y})
print(T, T().m(), T.__bases__, T.__dict__["y"], T.mro())
print(int.__name__, str.__qualname__, list.__module__, len.__name__, len.__module__, print.__self__ if False else "")
print(object().__class__, object.__name__, type(1).__mro__, bool.__bases__)
print(..., Ellipsis, NotImplemented, repr(...), Ellipsis is ..., bool(NotImplemented) if False else "")
print(type(1) is int, type(True) is bool, type("") is str, type(b"") is bytes, type([]) is list, type(()) is tuple)
print(dir(object)[:5], "__init__" in dir(A), callable(type))
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class C(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(bool): pass
except TypeError as e:
    print("TypeError:", e)

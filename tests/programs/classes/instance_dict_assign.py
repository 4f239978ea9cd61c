class A:
    def __init__(self):
        self.x = 1
    def m(self):
        return "method"
a = A()
d = {"y": 2}
a.__dict__ = d
print(a.__dict__ is d, vars(a) is d, hasattr(a, "x"), a.y)
d["z"] = 3
print(a.z)
a.w = 4
print(d)
for i in range(3):
    print(a.y, a.m())
d2 = {"y": 20, "m": lambda: "shadow"}
a.__dict__ = d2
for i in range(3):
    print(a.y, a.m())
a.y = 21
print(d2["y"], d)
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    a.__dict__ = [("a", 1)]
except TypeError as e:
    print("TypeError", e)



try:
    del a.__dict__
    print("deleted", a.__dict__)
except Exception as e:
    print(type(e).__name__, e)
b = A()
object.__setattr__(b, "__dict__", {"k": 7})
print(b.k, b.__dict__)
b.__dict__.clear()
print(hasattr(b, "x"), hasattr(b, "k"))
class S:
    __slots__ = ("v",)
try:
    S().__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
import copy
c = A()
c.__dict__ = {"p": [1]}
c2 = copy.copy(c)
print(c2.p is c.p, c2.__dict__ is c.__dict__)

# object's default methods and their error messages
o = object()
print(o == o, o != o, o.__eq__(1), o.__ne__(o), o.__hash__() == hash(o), o.__class__, type(o.__str__()).__name__)
print(object.__eq__(1, 1), NotImplemented.__class__.__name__, (1).__eq__("a"), "a".__lt__(1))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, a): self.a = a
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class Ret:
    def __init__(self): return 5
try:
    Ret()
except TypeError as e:
    print("TypeError:", e)
print(object.__new__(NoInit).__class__.__name__, NoInit.__init__ is object.__init__, NoInit.__str__ is object.__str__)
print(o.__reduce_ex__(2)[0].__name__ if False else "skip", format(o, "") == str(o), o.__sizeof__() > 0)
try:
    format(o, "x")
except TypeError as e:
    print("TypeError:", e)
print(dir(o) == sorted(dir(o)), "__init_subclass__" in dir(object), object.__subclasshook__() is NotImplemented)

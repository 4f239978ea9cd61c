class D:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class C:
        attr = D()
except Exception as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))
class Guard:
    def __get__(self, o, t=None): return "got"
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("deleted")
class K:
    g = Guard()
k = K()
k.g = 5
del k.g
print(k.g, K.g)
class RO:
    def __get__(self, o, t=None): return 1
class K2:
    r = RO()
k2 = K2()
k2.r = 7
print(k2.r, vars(k2))
class Sub(int):
    __slots__ = ()
class Wd:
    __slots__ = ("a", "__weakref__")
import weakref
w = Wd()
print(weakref.ref(w)() is w)
class PropDel:
    @property
    def p(self): return 1
    @p.deleter
    def p(self): print("p deleted")
del PropDel().p
try:
    PropDel().p = 3
except AttributeError as e:
    print(e)
import traceback
class Field:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise NameError(f"field names must be lower case: {name}")
try:
    class Record:
        ok = Field()
        Bad = Field()
except NameError:
    traceback.print_exc(limit=0)

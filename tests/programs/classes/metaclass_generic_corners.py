# Class creation corners: __set_name__ errors (3.12 adds a note), __prepare__/__new__ keywords,
# __mro_entries__, metaclass conflicts, unsubclassable bool, qualnames, type() argument errors,
# which builtin types are subscriptable (list[int]) and which are not (int[0]).
import traceback
class D:
    def __set_name__(self, owner, name): raise ValueError("bad name " + name)
try:
    class C:
        x = D()
except ValueError as e:
    print(e, getattr(e, "__notes__", None))
try: int[0]["x"]
except TypeError as e: print(e)
try: object()[0]
except TypeError as e: print(e)
class NoCG: pass
try: NoCG[int]
except TypeError as e: print(e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=Meta, flag=True):
    y = 2
print(K.injected)
class ME:
    def __mro_entries__(self, bases): return (dict,)
class FromME(ME()): pass
print(FromME.__mro__, FromME.__orig_bases__[0].__class__.__name__)
try:
    class Bad(1): pass
except TypeError as e: print(e)
try:
    class Bad2(metaclass=5): pass
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e: print(e)
try:
    class FinalBool(bool): pass
except TypeError as e: print(e)
class WithQ:
    class Inner:
        def m(self): pass
print(WithQ.Inner.__qualname__, WithQ.Inner.m.__qualname__)
def f():
    class Local: pass
    return Local
print(f().__qualname__, repr(f())[:30])
print(type(type), type.__mro__, isinstance(type, object), isinstance(object, type))
print(type.__call__(int, "5"), type("X", (), {}).__mro__[1])
try: type("X", (5,), {})
except TypeError as e: print(e)
try: type("X")
except TypeError as e: print(e)
try: type("X", (), {}, 1)
except TypeError as e: print(e)
for t in (str, bytes, float, object, range, slice, ValueError, bool):
    try: t[int]
    except TypeError as e: print(e)
print(list[int], tuple[int, ...], dict[str, list[int]], set[str], frozenset[int], enumerate[str], type[int])

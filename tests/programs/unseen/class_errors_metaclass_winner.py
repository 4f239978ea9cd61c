import warnings
warnings.simplefilter("always")
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(f"{label} -> {type(e).__name__}: {e}")
        for n in getattr(e, "__notes__", []):
            print("   note:", n)

class A: pass
class B(A): pass
attempt("mro conflict", lambda: type("C", (A, B), {}))
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
attempt("metaclass conflict", lambda: type("Z", (X, Y), {}))
attempt("init_subclass kw", lambda: type("W", (A,), {}, flavor=1))
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name}")
attempt("set_name error", lambda: type("V", (), {"d": Desc()}))
attempt("super no args", lambda: super())
class S:
    def m(self):
        return super().m()
attempt("super attr", lambda: S().m())
attempt("bad base", lambda: type("Q", (1,), {}))
attempt("final bool", lambda: type("Q", (bool,), {}))
attempt("dup base", lambda: type("Q", (A, A), {}))
attempt("layout", lambda: type("Q", (int, str), {}))
attempt("abstract call", lambda: __import__("abc").ABC.register(5))
try:
    class P:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("slots conflict -> ValueError:", e)
def g():
    yield 1
gen = g()
next(gen)
attempt("throw 3-arg", lambda: gen.throw(ValueError, ValueError("v"), None))
gen2 = g()
attempt("throw type+value", lambda: gen2.throw(KeyError, "k"))
attempt("throw non-exc", lambda: g().throw(5))
attempt("object() args", lambda: object(1))
attempt("A(1)", lambda: A(1))
class I:
    def __init__(self, a): pass
attempt("I()", lambda: I())
attempt("I(1, 2)", lambda: I(1, 2))
attempt("I(b=1)", lambda: I(b=1))
attempt("I(1, a=1)", lambda: I(1, a=1))
attempt("new none", lambda: type("N", (), {"__new__": lambda cls: None})())
attempt("setattr builtin", lambda: setattr(int, "foo", 1))
attempt("del builtin attr", lambda: delattr(str, "upper"))
attempt("class attr readonly", lambda: setattr(A(), "__class__", int))
attempt("__class__ assign ok", lambda: type(setattr(a := A(), "__class__", B) or a).__name__)
attempt("__name__ assign", lambda: setattr(B, "__name__", 3))
attempt("instance dict assign", lambda: setattr(A(), "__dict__", []))
attempt("call int attr", lambda: (5).real())
attempt("str not callable", lambda: "abc"())
attempt("module attr", lambda: __import__("math").nope)
attempt("missing method", lambda: [].push(1))
attempt("NoneType attr", lambda: None.x)
attempt("type attr", lambda: int.nope)
class MM1(type): pass
class MM2(type): pass
class XX(metaclass=MM1): pass
class YY(metaclass=MM2): pass
class AA: pass
try:
    class Z(XX, YY): pass
except TypeError as e: print(e)
try:
    class Q(AA, AA): pass
except TypeError as e: print(e)
print(type(type("W", (XX,), {})).__name__, type(type("W", (AA, XX), {})).__name__)
class MM3(MM1): pass
print(type(MM3("V", (XX,), {})).__name__, type(type.__new__(type, "U", (XX,), {})).__name__)
class LoggingMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("LoggingMeta.__new__", mcls.__name__, name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("LoggingMeta.__init__", name)
        super().__init__(name, bases, ns)
class Base(metaclass=LoggingMeta): pass
D = type("D", (Base,), {"x": 1})
print(type(D).__name__, D.x, D.__mro__[1].__name__)
E = type.__new__(type, "E", (Base,), {})
print(type(E).__name__)
def ff(): pass
class BB: pass
for obj, name, val in [(ff, "__name__", 3), (ff, "__qualname__", None), (ff, "__defaults__", [1]), (ff, "__kwdefaults__", 5), (ff, "__code__", 1), (ff, "__annotations__", 3), (BB, "__name__", 3), (BB, "__qualname__", 3), (BB, "__doc__", 3), (BB, "__module__", 4)]:
    try:
        setattr(obj, name, val); print("ok", name, getattr(obj, name))
    except Exception as e: print(type(e).__name__, e)
for obj, name in [(str, "upper"), (int, "nope"), (BB, "nope"), (ff, "nope"), (ff, "__name__"), (BB, "__name__"), (ff, "__defaults__")]:
    try:
        delattr(obj, name); print("deleted", name)
    except Exception as e: print(type(e).__name__, e)
ff.__defaults__ = None; ff.__kwdefaults__ = None; print(ff.__defaults__, ff.__kwdefaults__)

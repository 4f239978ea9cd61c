"""Messages of everyday mistakes: calls with wrong arguments, bad operands, wrong types, imports."""
class A:
    def __init__(self): self.x = 1
    def __repr__(self): return "A()"
a = A()
print(getattr(a, "x"), setattr(a, "y", 2), a.y, delattr(a, "y"), hasattr(a, "y"), vars(a), dir(a)[-3:])
print(type("Dyn", (A,), {"z": 3})().z, type(a).__name__, a.__class__.__qualname__, A.__module__, A.__dict__["__init__"].__name__)
print(isinstance(a, (int, A)), issubclass(A, object), A.__bases__, A.__base__, object.__subclasses__ is not None)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames, f.__code__.co_argcount)
import inspect
print(inspect.signature(f), list(inspect.signature(f).parameters), inspect.isfunction(f), inspect.getdoc(A))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, c=3, a=4)
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
try:
    A(1)
except TypeError as e:
    print(e)
try:
    A.__init__()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    "abc".split(1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    int("5", base=40)
except ValueError as e:
    print(e)
try:
    print(sep=1)
except TypeError as e:
    print(e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    [1][1.0]
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    1()
except TypeError as e:
    print(e)
try:
    for x in 5: pass
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    [] + None
except TypeError as e:
    print(e)
try:
    f"{a:d}"
except TypeError as e:
    print(e)
try:
    tuple(1)
except TypeError as e:
    print(e)
try:
    x = {}; x[[]] = 1
except TypeError as e:
    print(e)
try:
    object().__setattr__("q", 1)
except AttributeError as e:
    print(e)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from math import nothing
except ImportError as e:
    print(str(e).split(" (")[0], e.name)
try:
    str.join(",", [1, 2])
except TypeError as e:
    print(e)
try:
    "x".join([1])
except TypeError as e:
    print(e)
try:
    int([])
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    list(1, 2)
except TypeError as e:
    print(e)
try:
    dict(1)
except TypeError as e:
    print(e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    super()
except RuntimeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    {1: 2}.pop(3)
except KeyError as e:
    print(repr(e))
try:
    "abc".encode("nope")
except LookupError as e:
    print(e)
try:
    bytes("abc")
except TypeError as e:
    print(e)
try:
    "%d %d" % (1, 2, 3)
except TypeError as e:
    print(e)
try:
    "{0:>{1}}".format("a")
except IndexError as e:
    print(e)
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
try:
    round(1.5, "x")
except TypeError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
try:
    1 .real = 5
except AttributeError as e:
    print(e)

# inspect.signature of functions, partials, builtins, methods and typing.NamedTuple classes
# (their __new__ carries the field annotations); collections.abc checks of builtins.
import inspect, functools, typing, collections.abc as cabc
def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool: "doc of f"; return True
print(inspect.signature(f), inspect.signature(f).parameters["b"], list(inspect.signature(f).parameters), inspect.signature(f).return_annotation)
print(inspect.getdoc(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isclass(int), inspect.isbuiltin(len), inspect.getmodule(f).__name__)
print(inspect.signature(lambda x, /, y=1: 0), inspect.signature(functools.partial(f, 1, c=3)))
try: print(inspect.signature(len))
except ValueError as e: print("VE", e)
print(inspect.signature(sorted), inspect.signature(dict.get), inspect.signature(str.split))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def g(x, y=3):
    """g doc"""
print(g.__name__, g.__doc__, g.__wrapped__.__name__, inspect.signature(g), g.__qualname__)
class P(typing.NamedTuple):
    x: int
    y: float = 0.0
print(P(1), P._fields, P.__annotations__, P(1)._asdict(), inspect.signature(P))
class TD(typing.TypedDict, total=False):
    a: int
print(TD(a=1), TD.__required_keys__, TD.__optional_keys__)
for obj in [[], (), {}, set(), "", b"", range(1), iter([]), (x for x in []), len, 1, 1.5]:
    print(type(obj).__name__, [abc.__name__ for abc in (cabc.Iterable, cabc.Iterator, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.Set, cabc.Hashable, cabc.Sized, cabc.Callable, cabc.Container, cabc.Generator, cabc.Reversible, cabc.Collection) if isinstance(obj, abc)])
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(y): pass
    @property
    def p(self): return 1
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)], inspect.getsource(C.m).strip(), inspect.getsourcelines(f)[1])
print(inspect.getfullargspec(f))
print(inspect.cleandoc("  a\n    b\n  c"), inspect.unwrap(g).__name__, inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(lambda: (yield)))

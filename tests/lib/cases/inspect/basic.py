# modules: types enum
import inspect, functools, sys, asyncio
def gen():
    x = 1
    yield x
    yield 2
async def coro():
    await asyncio.sleep(0)
async def agen():
    yield 1
class A:
    "A's doc"
    def __init__(self, x, y=2): pass
    def m(self, a, *, k=1): return a
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q=0): pass
    @property
    def p(self): return 1
g = gen()
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen), inspect.isfunction(gen), inspect.isfunction(len))
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g), list(g), inspect.getgeneratorstate(g))
c = coro(); print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c)); c.send(None); print(inspect.getcoroutinestate(c)); c.close(); print(inspect.getcoroutinestate(c))
print(inspect.isclass(A), inspect.ismethod(A(1).m), inspect.ismethod(A.m), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(A.m), inspect.ismodule(sys), inspect.isasyncgen(agen()))
print(inspect.isdatadescriptor(A.__dict__["p"]), inspect.ismethoddescriptor(A.__dict__["cm"]), inspect.isabstract(A), inspect.iscode(gen.__code__), inspect.isframe(inspect.currentframe()))
def f(a, b: int = 1, /, c=2, *args: str, d, e: 'x' = 3, **kw) -> list[int]: pass
s = inspect.signature(f)
print(s, repr(s), s.parameters, repr(s.parameters["b"]), s.parameters["args"].kind, s.return_annotation, s.parameters["c"].default, s.parameters["d"].default is inspect.Parameter.empty)
print(inspect.signature(A), inspect.signature(A(1).m), inspect.signature(A.m), inspect.signature(A.cm), inspect.signature(A.sm), inspect.signature(lambda: 0), inspect.signature(lambda *a, **k: 0))
print(inspect.signature(functools.partial(f, 1, d=3)), inspect.signature(functools.partial(A.m, k=5)))
@functools.wraps(f)
def wrapper(*a, **k): pass
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
class Callable:
    def __call__(self, x, y=1): pass
print(inspect.signature(Callable()), inspect.getfullargspec(f))
b = s.bind(1, 2, 3, 4, 5, d=6, z=7); print(b, b.args, b.kwargs); b.apply_defaults(); print(b.arguments)
for bad in (lambda: s.bind(), lambda: s.bind(1, d=1, b=2), lambda: inspect.signature(A.m).bind(1, 2, 3), lambda: inspect.signature(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(inspect.formatannotation(int), inspect.formatannotation(A), inspect.formatannotation(list[int]), inspect.formatannotation('x'))
print(inspect.cleandoc("""
    Hello
      indented
    world
    """), inspect.getdoc(A), inspect.getdoc(A.m))
frame = inspect.currentframe(); info = inspect.getframeinfo(frame)
print(info.filename == __file__, info.lineno, info.function, info.code_context, info.index)
def inner():
    return inspect.stack()
st = inner(); print([(fi.function, fi.lineno, fi.code_context) for fi in st][:2], st[0].frame.f_code.co_name)
print(inspect.getsource(A.m), inspect.getsource(f), inspect.getsourcelines(gen)[1], inspect.getfile(f) == __file__)
print([n for n, v in inspect.getmembers(A) if not n.startswith("__")], inspect.getmembers(A(1), inspect.ismethod)[0][0], inspect.getmro(bool))
print(inspect.unwrap(wrapper) is f, inspect.getattr_static(A, "p"), inspect.getmodule(f).__name__, inspect.getclosurevars(inner).unbound)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError", e)

# inspect: predicates, members, static lookup, generator/coroutine states, frames and
# stacks, source and docs, Parameter/Signature/BoundArguments, signature() of many
# callables, getfullargspec, getclosurevars
# (not probed, pydive gaps: builtins' __text_signature__ and method-wrapper type, int
# instances answering __module__/lacking __doc__, modules lacking __class__)
import inspect, functools, types, abc, sys
from inspect import Parameter, Signature

def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def plain(a, b=1): return a
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
class K:
    """K doc."""
    attr = 5
    def method(self): "method doc"
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self):
        "prop doc"
        return 1
class Abs(abc.ABC):
    @abc.abstractmethod
    def must(self): ...
g = gen(); c = coro(); ag = agen()
objs = [("plain", plain), ("gen", gen), ("coro", coro), ("agen", agen), ("K", K), ("method", K().method),
        ("genobj", g), ("coroobj", c), ("agenobj", ag),
        ("int", 1), ("lambda", lambda: 0), ("partial", functools.partial(plain, 1)),
        ("code", plain.__code__), ("frame", sys._getframe()), ("prop", K.__dict__["prop"]),
        ("slotwrapper", object.__init__), ("methoddesc", str.upper), ("Abs", Abs)]
preds = [n for n in dir(inspect) if n.startswith("is") and n != "isabstract"] + ["isabstract"]
for name, o in objs:
    print(name, [p[2:] for p in preds if getattr(inspect, p)(o)])
c.close()
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.isgeneratorfunction(K.method),
      inspect.isgeneratorfunction(functools.partial(gen)), inspect.isawaitable(g))

def marked(): pass
inspect.markcoroutinefunction(marked)
print("marked:", inspect.iscoroutinefunction(marked), inspect.iscoroutinefunction(functools.partial(marked)))

print([n for n, v in inspect.getmembers(K) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(K(), inspect.ismethod)], [n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getmro(K), inspect.getmro(bool))

class Dyn:
    x = 1
    def __getattr__(self, n): return "dynamic"
    @property
    def p(self): return "computed"
d = Dyn(); d.y = 2
print(inspect.getattr_static(d, "x"), inspect.getattr_static(d, "y"), type(inspect.getattr_static(d, "p")).__name__,
      inspect.getattr_static(d, "zz", "dflt"), inspect.getattr_static(Dyn, "x"))
show("getattr_static missing", lambda: inspect.getattr_static(d, "zz"))

def w1(): pass
@functools.wraps(w1)
def w2(): pass
@functools.wraps(w2)
def w3(): pass
print(inspect.unwrap(w3) is w1, inspect.unwrap(w3, stop=lambda f: f is w2) is w2)
def looped(): pass
looped.__wrapped__ = looped
show("unwrap loop", lambda: inspect.unwrap(looped))

def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
cg = counter(3)
print(inspect.getgeneratorstate(cg), inspect.getgeneratorlocals(cg))
next(cg)
print(inspect.getgeneratorstate(cg), sorted(inspect.getgeneratorlocals(cg).items()))
list(cg)
print(inspect.getgeneratorstate(cg), inspect.getgeneratorlocals(cg))
show("locals of non-generator", lambda: inspect.getgeneratorlocals(1))
def selfish():
    yield inspect.getgeneratorstate(me)
me = selfish()
print(next(me))
async def waiter(): 
    x = 1
    await types.coroutine(lambda: (yield))()
cw = waiter()
print(inspect.getcoroutinestate(cw), inspect.getcoroutinelocals(cw))
cw.send(None)
print(inspect.getcoroutinestate(cw), inspect.getcoroutinelocals(cw))
cw.close()
print(inspect.getcoroutinestate(cw), inspect.getcoroutinelocals(cw))

def where():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr)
    print(info.function, info.lineno, info.code_context, info.index, info.filename.endswith("inspect_contract.py"))
    print(info.positions, type(info).__name__, len(info), info[2])
    wide = inspect.getframeinfo(fr, context=3)
    print(wide.code_context, wide.index)
    print(inspect.getframeinfo(fr, context=0).code_context)
    st = inspect.stack()
    print([(fi.function, fi.lineno) for fi in st], st[0].frame is fr, type(st[0]).__name__, st[0][3])
    outer = inspect.getouterframes(fr, 2)
    print([fi.code_context for fi in outer])
    return fr
where()
def failing():
    raise ValueError("x")
try:
    failing()
except ValueError:
    tr = inspect.trace()
    print([(fi.function, fi.lineno, fi.code_context) for fi in tr])
    tb = sys.exc_info()[2]
    print([(fi.function, fi.positions.lineno) for fi in inspect.getinnerframes(tb, 0)])
    ti = inspect.getframeinfo(tb)
    print(ti.function, ti.lineno, ti.code_context)
show("frameinfo of int", lambda: inspect.getframeinfo(1))
print(repr(inspect.Traceback("f", 1, "fn", None, None)))

def decorated_source():
    @functools.lru_cache
    def inner(x):
        # comment
        return x

    return inner
print(inspect.getsource(plain), end="")
print(inspect.getsource(K.method), end="")
print(inspect.getsource(decorated_source()), end="")
print(inspect.getsource(K)[:40].replace("\n", "|"))
lines, start = inspect.getsourcelines(counter)
print(start, len(lines), lines[-1], end="")
f_lambda = lambda q: q * 2
print(inspect.getsource(f_lambda), end="")
print(inspect.getfile(plain).endswith("inspect_contract.py"), inspect.getsourcefile(plain) == inspect.getfile(K),
      inspect.getmodule(plain).__name__, inspect.getmodule(K.method).__name__)
show("getfile builtin module", lambda: inspect.getfile(sys))
show("getfile int", lambda: inspect.getfile(1))
show("getfile builtin class", lambda: inspect.getfile(int))
show("getsource exec", lambda: inspect.getsource(eval("lambda: 0")))

print(repr(inspect.cleandoc("""   first
      indented
    less

    """)))
print(repr(inspect.cleandoc("\tx\n\t  y")), repr(inspect.cleandoc("")))
class Base:
    def m(self):
        """Base m doc.
           second line"""
    @property
    def pp(self):
        "pp doc"
class Child(Base):
    def m(self): pass
    @property
    def pp(self): return 1
print(inspect.getdoc(Child.m), inspect.getdoc(Child().m), inspect.getdoc(Child.pp), inspect.getdoc(K),
      inspect.getdoc(Child), inspect.getdoc(plain))

P = Parameter
p = P("x", P.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p, repr(p), p.name, p.default, p.annotation, p.kind, repr(p.kind), p.kind.description,
      int(P.KEYWORD_ONLY), P.empty, p.replace(name="y", default=P.empty), p == P("x", 1, default=3, annotation=int),
      hash(p) == hash(P("x", 1, default=3, annotation=int)))
print(P("a", P.VAR_POSITIONAL), P("k", P.VAR_KEYWORD, annotation="str"), P("z", P.KEYWORD_ONLY, default=None),
      P("l", P.POSITIONAL_ONLY, annotation=list[int]), P("t", P.POSITIONAL_ONLY, annotation=types.ModuleType))
show("param bad kind", lambda: P("x", 9))
show("param default on *args", lambda: P("x", P.VAR_POSITIONAL, default=1))
show("param bad name", lambda: P("1x", P.POSITIONAL_ONLY))
show("param keyword name", lambda: P("class", P.KEYWORD_ONLY))
show("param non-str name", lambda: P(5, P.KEYWORD_ONLY))
show("param implicit", lambda: P(".0", P.POSITIONAL_OR_KEYWORD))
show("param implicit kw", lambda: P(".0", P.KEYWORD_ONLY))
print(P("class", P.POSITIONAL_ONLY))

S = Signature
s = S([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=2), P("args", P.VAR_POSITIONAL),
       P("c", P.KEYWORD_ONLY), P("kw", P.VAR_KEYWORD)], return_annotation=float)
print(s, repr(s), list(s.parameters), s.return_annotation, S(), S.empty is P.empty)
print(S([P("a", 1), P("c", P.KEYWORD_ONLY)]), S([P("a", 0)]), S([P("c", P.KEYWORD_ONLY)], return_annotation="x"))
show("sig order", lambda: S([P("c", P.KEYWORD_ONLY), P("a", P.POSITIONAL_ONLY)]))
show("sig default order", lambda: S([P("a", 1, default=1), P("b", 1)]))
show("sig dup", lambda: S([P("a", 1), P("a", 3)]))
print(s == S(list(s.parameters.values()), return_annotation=float), s == s.replace(return_annotation=int),
      s.replace(parameters=[]), hash(s) == hash(s.replace()))
ba = s.bind(1, 2, 3, 4, c=5, z=6)
print(ba, ba.args, ba.kwargs, ba.arguments, ba.signature is s)
bp = s.bind_partial(1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp, bp == s.bind_partial(1), bp == 5)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"b": 3, "c": 1}), ((), {"a": 1, "c": 1}),
                     ((1,), {"c": 1, "q": 2})]:
    show(f"bind {args} {kwargs}", lambda: s.bind(*args, **kwargs))
s2 = S([P("a", 1), P("b", 1, default=0)])
show("too many", lambda: s2.bind(1, 2, 3))
show("unexpected kw", lambda: s2.bind(1, d=3))
show("multiple values", lambda: s2.bind(1, a=3))
print(s2.bind(b=1, a=2), s2.bind(b=1, a=2).args, S([P("k", P.KEYWORD_ONLY, default=1)]).bind().kwargs)
show("missing kwonly", lambda: S([P("k", P.KEYWORD_ONLY)]).bind())

def annotated(a: int, b: "str" = "s", *rest: float, key: list[int] = None, **opts: dict) -> types.ModuleType: pass
class WithInit:
    def __init__(self, x, y=2): pass
class WithNew:
    def __new__(cls, n, *, flag=False): return super().__new__(cls)
class Meta(type):
    def __call__(cls, meta_arg): return super().__call__()
class WithMeta(metaclass=Meta): pass
class CallMe:
    def __call__(self, v, /, w=1): pass
class Empty: pass
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs): return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=3): pass
def custom(): pass
custom.__signature__ = S([P("fake", P.POSITIONAL_ONLY)])
class PM:
    def meth(self, a, b, c=1): pass
    pmeth = functools.partialmethod(meth, 10)
for label, target in [("plain", plain), ("annotated", annotated), ("lambda", lambda x, /, *, y: 0),
                      ("bound method", K().method), ("class method", K.cm), ("static", K.sm),
                      ("WithInit", WithInit), ("WithNew", WithNew), ("WithMeta", WithMeta),
                      ("CallMe()", CallMe()), ("Empty", Empty), ("wrapped", wrapped), ("custom", custom),
                      ("partial", functools.partial(plain, b=5)), ("partial pos", functools.partial(annotated, 1, "x")),
                      ("partial kw", functools.partial(WithInit, y=0)), ("partialmethod", PM().pmeth),
                      ("PM.meth", PM.meth), ("dataclass-like", type("T", (), {"__init__": lambda self, *, k: None}))]:
    show(label, lambda: inspect.signature(target))
print(inspect.signature(wrapped, follow_wrapped=False), S.from_callable(plain))
show("not callable", lambda: inspect.signature(5))
show("bad partial", lambda: inspect.signature(functools.partial(plain, 1, 2, 3)))
bad = lambda: 0
bad.__signature__ = "nope"
show("bad __signature__", lambda: inspect.signature(bad))

print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(K().method), inspect.getfullargspec(lambda a, /, b=2, *, c=3: 0))
show("argspec int", lambda: inspect.getfullargspec(5))

glob_val = 10
def make_closure():
    free = [1]
    def inner():
        return free, glob_val, len, undefined_name, None
    return inner
print(inspect.getclosurevars(make_closure()))
show("closurevars int", lambda: inspect.getclosurevars(1))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation("x"),
      inspect.formatannotation(types.ModuleType), inspect.formatannotation(types.ModuleType, "types"),
      inspect.formatannotation(None))
print(inspect.GEN_CREATED, inspect.CORO_CLOSED, inspect.CO_GENERATOR, inspect.CO_ASYNC_GENERATOR, inspect.CO_NESTED)
print(inspect.isabstract(Abs), inspect.isabstract(K), inspect.isabstract(1))

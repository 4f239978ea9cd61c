# common uses of collections, heapq, bisect, random, enum, dataclasses, abc, contextlib, traceback, inspect, types, sys, io
import collections, heapq, bisect, random, enum, dataclasses, abc, contextlib, traceback, inspect, types, sys, io
d = collections.defaultdict(list); d["a"].append(1); print(d, dict(d))
c = collections.Counter("abracadabra"); print(c.most_common(2), c["z"], c + collections.Counter("aa"), sorted(c.elements())[:4])
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
dq = collections.deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(9); dq.rotate(1); print(dq, dq.maxlen)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}))
P = collections.namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._replace(y=5), P._fields, p._asdict())
print(collections.UserDict({"a": 1}), collections.UserList([1]), collections.UserString("s"))
h = []; [heapq.heappush(h, x) for x in [5, 1, 4]]; print(heapq.heappop(h), heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4]))
print(bisect.bisect_left([1, 2, 4], 3), bisect.insort(l := [1, 3], 2) or l)
random.seed(42); print(random.random(), random.randint(1, 10), random.choice("abc"), random.sample(range(10), 3), random.uniform(1, 2))
random.seed("x"); print(random.getrandbits(16), random.gauss(0, 1), random.choices([1, 2, 3], k=4)); l = list(range(5)); random.shuffle(l); print(l)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class F(enum.IntFlag):
    A = 1
    B = 2
print(Color.RED, Color(2), Color["GREEN"], list(Color), Color.RED.name, F.A | F.B, repr(F.A | F.B), enum.auto)
class S(enum.StrEnum):
    X = enum.auto()
print(S.X, S.X == "x", isinstance(S.X, str))
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list, compare=False)
print(Pt(1), Pt(1, 2) < Pt(2), dataclasses.asdict(Pt(3, 4)), dataclasses.replace(Pt(1), y=9), [f.name for f in dataclasses.fields(Pt)])
try:
    Pt(1).x = 5
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print(e)
@contextlib.contextmanager
def tag(n):
    print("<" + n + ">"); yield n; print("</" + n + ">")
with tag("a") as t, contextlib.suppress(KeyError):
    {}["x"]
with contextlib.redirect_stdout(io.StringIO()) as buf:
    print("hidden")
print(repr(buf.getvalue()), contextlib.nullcontext(5).__enter__())
try:
    1 / 0
except ZeroDivisionError:
    s = traceback.format_exc()
print(s.splitlines()[-1], traceback.format_exception_only(ValueError("v"))[-1].strip())
def g(a, b=2, *c, d, **e): pass
print(inspect.signature(g), inspect.isfunction(g), inspect.isclass(int), inspect.getmembers(p)[:0], inspect.getdoc(g))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(g), inspect.getsource is not None)
print(types.SimpleNamespace(a=1), types.MappingProxyType({1: 2})[1], isinstance(g, types.FunctionType), types.new_class("N").__name__)
print(sys.getrecursionlimit(), sys.version_info >= (3, 12), sys.platform, sys.byteorder, type(sys.argv).__name__)
s = io.StringIO("a\nb"); print(s.readlines(), io.BytesIO(b"xy").read(1), isinstance(s, io.TextIOBase))

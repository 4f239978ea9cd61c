# namedtuple/Counter/OrderedDict/defaultdict/deque report plus typing objects at run time
from collections import namedtuple, Counter, OrderedDict, defaultdict, deque
import typing, functools, itertools
Emp = namedtuple("Emp", ["name", "dept", "salary"])
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100), Emp("di", "ops", 95)]
by = defaultdict(list)
for e in staff:
    by[e.dept].append(e)
for dept, es in sorted(by.items()):
    tot = sum(e.salary for e in es)
    print(f"{dept:>4}: n={len(es)} total={tot:>5} avg={tot / len(es):7.2f} top={max(es, key=lambda e: e.salary).name}")
print(staff[0], staff[0]._fields, Emp._make(["x", "y", 1]), staff[1] == ("bob", "ops", 90), staff[2][1:])
for bad in [lambda: Emp("a", "b"), lambda: Emp("a", "b", 1, 2), lambda: namedtuple("X", "a a"), lambda: namedtuple("X", "def x"), lambda: Emp(1, 2, 3, name=4), lambda: staff[0]._replace(zzz=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
R = namedtuple("R", "a _b", rename=True); print(R._fields, R(1, 2))
c = Counter(e.dept for e in staff)
print(c, repr(Counter()), Counter("aab") + Counter("bcc"), Counter({"a": 0, "b": -1}), Counter(a=3) - Counter(a=5), Counter("abc").most_common())
print(sorted(Counter("hello world").items()), Counter("xyzzy").most_common(1)[0], list(Counter(b=1, a=2)), Counter(a=2) == Counter(a=2, b=0))
od = OrderedDict([("x", 1), ("y", 2)]); od2 = OrderedDict([("y", 2), ("x", 1)])
print(od == od2, dict(od) == dict(od2), od == dict(od2), repr(od), list(reversed(od)), od | {"z": 3})
dd = defaultdict(int); dd["a"] += 1; print(dd, repr(defaultdict(list)), dd.default_factory, dict(dd), "b" in dd, dd["b"], len(dd))
dq = deque("abc"); dq.extendleft("xy"); print(dq, dq.index("a"), deque(maxlen=2), deque([1, 2, 3], 2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(typing.NamedTuple("Pt", [("x", int)])(1), typing.Optional[typing.List[int]], typing.Union[int, None, str], typing.Tuple[int, ...], typing.Type[int])
print(typing.Callable[..., int], typing.Dict, typing.Iterable[str], typing.Any, typing.NoReturn, typing.ClassVar[int], typing.Final[int])
T = typing.TypeVar("T", bound=int); S = typing.TypeVar("S", int, str, covariant=True)
print(T, S, T.__bound__, S.__constraints__, typing.Generic[T], typing.Annotated[int, "meta"], typing.Literal[1, "a"] == typing.Literal["a", 1])
class Box(typing.Generic[T]):
    pass
print(Box[int], Box[int]().__class__, Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None, typing.get_origin(Box[int]), typing.get_args(Box[int]))
@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), typing.get_type_hints(Closable.close))
print(list(itertools.chain(*[[1], (2,), "3"])), list(itertools.islice("abcdefg", 1, None, 2)), functools.reduce(max, [3, 9, 2]))

# typing at runtime: subscripting generic aliases (nested substitution, argument counts),
# Generic class parameters, TypedDict Required/NotRequired
from typing import TypeVar, Dict, List, Generic, Literal, Union, Optional, Callable, Tuple, Protocol
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Box(Generic[T]): pass
class Pair(Generic[K, V]): pass
tests = [lambda: Literal[1][2], lambda: Dict[str, int][int], lambda: Dict[K, V][str], lambda: Dict[K, V][str, int, float],
         lambda: List[T][int], lambda: Box[int], lambda: Box[T][str], lambda: Box[int][str], lambda: Generic[T][int],
         lambda: Pair[str, T][int], lambda: Union[T, int][str], lambda: Optional[T][str], lambda: Callable[[T], K][int, str],
         lambda: Tuple[T, ...][int], lambda: Pair[int], lambda: Union[int, str][int]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
from typing import Any
JsonMap = Dict[str, List[T]]
print(JsonMap.__parameters__, JsonMap[int], Dict[K, list[V]][str, bytes], Union[List[T], None][int])
Handler = Callable[[T, K], Optional[V]]
print(Handler.__parameters__, Handler[int, str, bytes], Dict[str, Box[T]][int], list[T][int])
try:
    print(JsonMap[int, str])
except TypeError as e:
    print("TypeError:", e)
U = TypeVar("U")
A = list[dict[str, T]]
print(A.__parameters__, A[int], dict[T, list[U]][str, bytes], tuple[T, ...][int], list[List[T]][str])
for bad in [lambda: list[int][str], lambda: dict[T, U][int], lambda: list[T][int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

class W(Box[List[T]]): pass
class IntBox(Box[int]): pass
class Two(Box[T], Generic[K, T]): pass
class P(Protocol[T]):
    def get(self) -> T: ...
class Impl(P[int]): pass
print(W.__parameters__, W[int], Two.__parameters__, Two[int, str], P[int], P.__parameters__, Impl.__parameters__)
for bad in [lambda: IntBox[int], lambda: Two[int], lambda: Box[int, str], lambda: Impl[int]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
from typing import TypedDict, NotRequired, Required, Annotated, get_type_hints
class Cfg(TypedDict):
    host: str
    port: NotRequired[int]
    note: Annotated[NotRequired[str], "doc"]
class Partial(Cfg, total=False):
    user: Required[str]
    extra: bytes
print(sorted(Cfg.__required_keys__), sorted(Cfg.__optional_keys__), get_type_hints(Cfg))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))
print(get_type_hints(Partial, include_extras=True)["note"])

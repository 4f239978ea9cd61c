"""typing in everyday code: NamedTuple, TypedDict, Protocol, Optional/Union hints, generics."""
from typing import NamedTuple, TypedDict, Protocol, Optional, Union, Generic, TypeVar, Iterator, Callable, Any
from collections import ChainMap, Counter, OrderedDict


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Movie(TypedDict, total=False):
    title: str
    year: int


class Greeter(Protocol):
    def greet(self, who: str) -> str: ...


T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


def find(name: str, staff: list[Employee]) -> Optional[Employee]:
    return next((e for e in staff if e.name == name), None)


def norm(v: Union[int, str]) -> int:
    return v if isinstance(v, int) else len(v)


staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000.5)]
print(staff[0], staff[1].salary, staff[2].raise_by(10), Employee._fields, Employee._field_defaults)
print(find("bob", staff), find("zed", staff), Employee.__annotations__)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
m: Movie = {"title": "Alien"}
m["year"] = 1979
print(m, type(m).__name__, Movie.__required_keys__ if hasattr(Movie, "__required_keys__") else None, sorted(Movie.__annotations__))
s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(list(s), s.pop(), Stack[int], apply(lambda x: x * 3, [1, 2]), norm("abcd"), norm(7))
print(Optional[int], Union[int, str], list[Employee], Callable[[int], str], Any)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.maps[1])
cm2 = cm.new_child({"color": "blue"})
print(cm2["color"], cm["color"], dict(cm2))
inv = Counter(apples=3, pears=1)
inv.update(apples=2, kiwis=4)
inv.subtract({"pears": 3})
print(inv, inv.most_common(2), list(inv.elements())[:6], +inv, -inv)
od = OrderedDict(b=1, a=2)
od["c"] = 3
od.move_to_end("b")
print(od, od.popitem(last=False), list(od.items()), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))

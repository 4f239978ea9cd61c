# typing.Protocol at runtime: isinstance/issubclass need @runtime_checkable
from typing import Protocol, runtime_checkable, SupportsInt, Iterable
import functools


class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Sized2(Protocol):
    def size(self) -> int: ...


class Box:
    def size(self):
        return 3

    def draw(self):
        return "[]"


class Square(Drawable):
    def draw(self):
        return "#"


for label, check in [
    ("isinstance(Box(), Drawable)", lambda: isinstance(Box(), Drawable)),
    ("issubclass(Box, Drawable)", lambda: issubclass(Box, Drawable)),
    ("isinstance(Box(), Sized2)", lambda: isinstance(Box(), Sized2)),
    ("issubclass(Box, Sized2)", lambda: issubclass(Box, Sized2)),
    ("isinstance(1, Sized2)", lambda: isinstance(1, Sized2)),
    ("isinstance(Square(), Square)", lambda: isinstance(Square(), Square)),
    ("isinstance(3.5, SupportsInt)", lambda: isinstance(3.5, SupportsInt)),
    ("isinstance([], Iterable)", lambda: isinstance([], Iterable)),
]:
    try:
        print(label, "->", check())
    except TypeError as e:
        print(label, "-> TypeError:", e)


@functools.singledispatch
def render(x):
    return "generic"


@render.register
def _(x: Square):
    return "square " + x.draw()


print(render(Square()), render(Box()), render(1))
try:
    runtime_checkable(Box)
except TypeError as e:
    print("TypeError:", str(e).split(" got")[0])

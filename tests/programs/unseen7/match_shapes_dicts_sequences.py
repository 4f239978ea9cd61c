from dataclasses import dataclass
from typing import NamedTuple

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    r: float

@dataclass
class Rect:
    tl: Point
    br: Point

class Line(NamedTuple):
    a: Point
    b: Point

class Custom:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value):
        self.kind, self.value = kind, value

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {shape}"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at ({c.x}, {c.y})"
        case Rect(Point(x1, y1), Point(x2, y2)):
            return f"rect {abs(x2 - x1) * abs(y2 - y1)}"
        case Line(a, b):
            return f"line {a.x},{a.y}->{b.x},{b.y}"
        case Custom("num", int(v) | float(v)):
            return f"custom number {v}"
        case Custom(k, str() as s):
            return f"custom {k} string {s!r}"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"dict point {x},{y} extra={rest}"
        case {"type": t}:
            return f"dict of type {t}"
        case [Point() as p]:
            return f"single point list {p}"
        case [first, *middle, last]:
            return f"seq first={first} middle={middle} last={last}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case int(n) if n < 0:
            return "negative"
        case str() | bytes():
            return f"text {shape!r}"
        case None:
            return "nothing"
        case True:
            return "true!"
        case _:
            return f"unknown {type(shape).__name__}"

cases = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
         Circle(Point(1, 1), 0), Circle(Point(1, 1), 2.5), Rect(Point(0, 0), Point(3, 4)),
         Line(Point(0, 0), Point(1, 1)), Custom("num", 3), Custom("num", 2.5), Custom("tag", "hi"),
         Custom("num", "x"), {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "blob"}, {"kind": 1},
         [Point(9, 9)], [1, 2, 3, 4], (5, 6), "ab", b"cd", 2, -5, None, True, 1.0, {1, 2}, [], [1]]
for c in cases:
    print(describe(c))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int() if 400 <= status < 500:
            return "client error"
        case _:
            return "other"
print([http(s) for s in (200, 302, 404, 500)])

def cmd(c):
    match c.split():
        case ["load", filename] if filename.endswith(".txt"):
            return ("load", filename)
        case ["save", *files] if files:
            return ("save", tuple(files))
        case ["set", key, ("on" | "off") as val]:
            return ("set", key, val == "on")
        case _:
            return ("error", c)
print([cmd(c) for c in ("load a.txt", "load a.bin", "save", "save x y", "set debug on", "set x maybe")])
try:
    match Point(1, 2):
        case Custom(a, b, c):
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(x):
            pass
except TypeError as e:
    print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("kw", kw)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)

"""Structural pattern matching: literals, sequences, mappings, classes, guards, walrus."""
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def classify(cmd):
    match cmd:
        case "quit" | "exit":
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", *items] if items:
            return f"picking {len(items)}: {items}"
        case ["pick"]:
            return "pick what?"
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": str(a), **rest}:
            return f"action {a} extra {rest}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} c={c}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case str() as s if (n := len(s)) > 5:
            return f"long string {n}"
        case None:
            return "none"
        case _:
            return f"unknown {cmd!r}"


tests = [
    "quit", "exit", ["go", "north"], ["pick", "a", "b"], ["pick"],
    {"action": "move", "to": (1, 2)}, {"action": "jump", "h": 3},
    {"action": 5}, Point(0, 0), Point(0, 7), Point(3, 0), Point(4, 4), Point(1, 2),
    Circle(Point(1, 1), 20), Circle(Point(0, 0), 1.5), -3, 2.5, (1, 2, 3), "abc",
    "abcdefg", None, [1, 2, 3, 4], True,
]
for t in tests:
    print(f"{t!r:40} -> {classify(t)}")


def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
        case _:
            return "other"


print([http(s) for s in (200, 201, 404, 503, 302)])

data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print(f"list too long ({n} elements)")
chunks = []
it = iter(data)
while (chunk := [x for _, x in zip(range(2), it)]):
    chunks.append(chunk)
print(chunks)
first, *middle, last = data
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print(*data, sep="-")
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged, [*range(3), *"ab"], {*"aab", 9})
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)

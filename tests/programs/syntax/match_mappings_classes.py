from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r): self.r = r
def describe(v):
    match v:
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra {rest}"
        case {"type": "error", "code": 404 | 500 as code}:
            return f"http error {code}"
        case {"type": _}:
            return "typed mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(r) if r > 10:
            return "big circle"
        case Circle(r=r):
            return f"circle {r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case (1, 2) as pair:
            return f"pair {pair}"
    return "unmatched"
for v in [{"type": "user", "name": "ann", "age": 3}, {"type": "error", "code": 500}, {"type": "error", "code": 1},
          Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2), Circle(20), Circle(2), 5, 2.5, "s", (1, 2), [1, 2], None]:
    print(describe(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

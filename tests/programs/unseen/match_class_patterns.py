from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

@dataclass
class Num:
    value: int

@dataclass
class BinOp:
    op: str
    left: object
    right: object

@dataclass
class Neg:
    operand: object

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def evaluate(node):
    match node:
        case Num(value=v) if v < 0:
            return -(-v)
        case Num(v):
            return v
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _) if op in "-/":
            raise ValueError(f"unsupported op {op!r}")
        case Neg(operand=Num(0)):
            return 0
        case Neg(x):
            return -evaluate(x)
        case _:
            raise TypeError(f"bad node {node!r}")

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point(x=x, y=y):
            return f"({x}, {y})"

def shapes(obj):
    match obj:
        case [int(a), int(b), *rest] if not rest:
            return f"pair {a},{b}"
        case [int(), *rest]:
            return f"int list + {len(rest)}"
        case {"kind": "circle", "r": float(r) | int(r), **extra}:
            return f"circle r={r} extra={sorted(extra)}"
        case str() as s if len(s) > 3:
            return "long str"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "none"
    return "other"

tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(evaluate(tree))
print(evaluate(Neg(Num(0))))
for bad in (BinOp("-", Num(1), Num(2)), "x"):
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for p in [Point(0, 0), Point(3, 0), Point(0, 5), Point(2, 2), Point(1, 7)]:
    print(where(p))
for o in [[1, 2], [1, 2, 3], {"kind": "circle", "r": 2.5, "z": 1, "a": 0}, "hello", "hi", True, 3, 4.5, None, (1,)]:
    print(repr(o), "->", shapes(o))

class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)

import contextlib
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def classify(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"axis {x}"
        case [Point() as p, *rest] if len(rest) < 2:
            return f"list starting {p.x}"
        case {"kind": "circle", "r": r, **others} if r > 0:
            return f"circle {r} {sorted(others)}"
        case str() | bytes():
            return "text"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case float(f) if f != f:
            return "nan"
        case _:
            return "other"
for o in [Point(0, 0), Point(3, 0), Point(0, 4), [Point(1, 2)], {"kind": "circle", "r": 2, "c": 1}, "s", 2, float("nan"), None]:
    print(classify(o))
def groups(excs):
    try:
        raise ExceptionGroup("g", excs)
    except* (KeyError, IndexError) as lookup:
        print("lookup", [type(e).__name__ for e in lookup.exceptions])
    except* ValueError as v:
        print("value", len(v.exceptions))
    finally:
        print("finally")
print(groups([KeyError(1), ValueError(2), IndexError(3)]))
try:
    groups([TypeError("t")])
except* TypeError as t:
    print("outer got", repr(t.exceptions[0]))
@contextlib.contextmanager
def cm(name, swallow=False):
    print("enter", name)
    try:
        yield name.upper()
    except Exception as e:
        print("cm saw", type(e).__name__)
        if not swallow:
            raise
    finally:
        print("exit", name)
def withs():
    with cm("a") as a, cm("b", swallow=True) as b:
        print(a, b)
        raise KeyError("inside")
    return "after"
print(withs())
def comps(n):
    sq = [i * i for i in range(n) if i % 2]
    pairs = {(i, j) for i in range(n) for j in range(i)}
    inv = {v: k for k, v in enumerate("abc")}
    nested = [[j for j in range(i)] for i in range(n)]
    shadow = 100
    vals = [shadow for shadow in range(3)]
    return sq, len(pairs), inv, nested, shadow, vals
print(comps(4))
async def agen_comp(it):
    return [x async for x in it], {x: await x for x in ()}
print(agen_comp.__code__.co_flags)
def walrus():
    data = [1, 5, 10]
    if any((big := x) > 4 for x in data):
        return big
print(walrus())

"""copy/deepcopy, identity vs equality, mutable default arguments, hashing and containers."""
import copy


def append_bad(x, acc=[]):
    acc.append(x)
    return acc


def append_good(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc


print(append_bad(1), append_bad(2), append_good(1), append_good(2))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3], {"k": [4]}]
b = a
c = a[:]
d = copy.copy(a)
e = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a, b, c, d, e, sep="\n")
print(a is b, a == b, c is a, c[1] is a[1], e[1] is a[1])


class Pt:
    def __init__(self, x, y, tags=None):
        self.x, self.y = x, y
        self.tags = tags or []

    def __repr__(self):
        return f"Pt({self.x}, {self.y}, {self.tags})"

    def __copy__(self):
        print("custom copy")
        return Pt(self.x, self.y, self.tags)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    __hash__ = None


p = Pt(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(p, q, r, p == q, p is q)
try:
    {p}
except TypeError as e:
    print(e)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cyc, cc[1] is cc, cc is not cyc)
print(1 == 1.0, hash(1) == hash(1.0), {1: "a", 1.0: "b", True: "c"}, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
nan = float("nan")
print(nan in [nan], [nan] == [nan], (1, [2]) == (1, [2]), [1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a")
x = 256
y = 256
print(x is y, [] is [], () is (), None is None, type(None)(), bool([]), bool([0]), bool(""), bool(" "))
s1 = frozenset([1, 2])
print({s1: "ok"}[frozenset([2, 1])], hash((1, 2)) == hash((1, 2)), len({(1, 2), (2, 1), (1, 2)}))
try:
    hash(([1],))
except TypeError as e:
    print(e)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e, t)
print(copy.copy((1, 2)) is not None, copy.deepcopy({"a": {"b": [1]}}), copy.replace if hasattr(copy, "replace") else None)

# collections.deque: CPython's exceptions and messages, and "mutated during iteration".
from collections import deque


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r)


d = deque([1, 2, 3])
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index out of range", lambda: d[3])
attempt("negative out of range", lambda: d[-4])
attempt("set out of range", lambda: d.__setitem__(5, 0))
attempt("del out of range", lambda: d.__delitem__(-9))
attempt("str index", lambda: d["a"])
attempt("slice", lambda: d[0:1])
attempt("float index", lambda: d[1.0])
attempt("huge index", lambda: d[2 ** 70])
attempt("remove missing", lambda: d.remove(9))
attempt("index missing", lambda: d.index(9))
attempt("index missing str", lambda: d.index("x"))
attempt("index outside range", lambda: d.index(1, 1))
attempt("index bad start", lambda: d.index(1, "a"))
attempt("index no args", lambda: d.index())
attempt("insert full", lambda: deque([1], 1).insert(0, 2))
attempt("insert args", lambda: d.insert(1))
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque(maxlen="3"))
attempt("maxlen huge", lambda: deque(maxlen=2 ** 70))
attempt("not iterable", lambda: deque(1))
attempt("extend not iterable", lambda: d.extend(5))
attempt("bad keyword", lambda: deque(a=1))
attempt("too many", lambda: deque([], 1, 2))
attempt("concat list", lambda: d + [4])
attempt("mul str", lambda: d * "a")


def imul_float():
    x = deque([1])
    x *= 1.5


attempt("imul float", imul_float)
attempt("mul huge", lambda: d * 2 ** 70)
attempt("append none", lambda: d.append())
attempt("append two", lambda: d.append(1, 2))
attempt("append kw", lambda: d.append(x=1))
attempt("pop arg", lambda: d.pop(0))
attempt("rotate str", lambda: d.rotate("a"))
attempt("rotate two", lambda: d.rotate(1, 2))
attempt("count none", lambda: d.count())
attempt("eq list", lambda: d == [1, 2, 3])
print(d)


class Meddler:
    def __init__(self, target, result=False):
        self.target, self.result = target, result

    def __eq__(self, other):
        self.target.append("x")
        return self.result


for op in ("count", "index", "remove", "contains"):
    m = deque()
    m.extend([Meddler(m), Meddler(m)])
    f = {"count": lambda: m.count(0), "index": lambda: m.index(0),
         "remove": lambda: m.remove(0), "contains": lambda: 0 in m}[op]
    attempt("mutating " + op, f)

for label, change in [("append", lambda q: q.append(9)), ("pop", lambda q: q.pop()),
                      ("appendleft", lambda q: q.appendleft(9)), ("clear", lambda q: q.clear()),
                      ("rotate", lambda q: q.rotate(1)), ("rotate 0", lambda q: q.rotate(0)),
                      ("del", lambda q: q.__delitem__(0)), ("insert", lambda q: q.insert(1, 5)),
                      ("remove", lambda q: q.remove(3)), ("setitem", lambda q: q.__setitem__(0, 7)),
                      ("reverse", lambda q: q.reverse()), ("extend []", lambda q: q.extend([])),
                      ("imul 1", lambda q: q.__imul__(1)), ("imul 2", lambda q: q.__imul__(2)),
                      ("init", lambda q: q.__init__([1, 2, 3]))]:
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    change(q)
    attempt("iter after " + label, lambda: next(it))
    attempt("  and again", lambda: next(it))

q = deque([1, 2, 3])
rit = reversed(q)
print(next(rit))
q.append(4)
attempt("reversed after append", lambda: next(rit))

q = deque([1])
it = iter(q)
print(list(it))
q.append(2)
attempt("exhausted then mutated", lambda: next(it))
empty = deque()
it = iter(empty)
empty.rotate(1)
attempt("empty rotate", lambda: next(it))

for _ in range(1):
    q = deque([1, 2, 3])
    try:
        for x in q:
            q.append(x)
    except RuntimeError as e:
        print("for loop:", e, q)

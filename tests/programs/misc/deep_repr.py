# repr of deeply nested containers stops with RecursionError at CPython 3.12's C recursion
# limit (1500 nested PyObject_Repr calls), independent of sys.setrecursionlimit.
import sys

def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

def try_repr(label, x):
    try:
        r = repr(x)
    except RecursionError as e:
        print(label, "RecursionError", e)
    else:
        print(label, "ok", len(r))

def depth_ok(n):
    l = []
    for _ in range(n):
        l = [l]
    try:
        repr(l)
        return True
    except RecursionError:
        return False

lo, hi = 1, 4000
while lo < hi:
    m = (lo + hi + 1) // 2
    if depth_ok(m):
        lo = m
    else:
        hi = m - 1
print("deepest list repr:", lo)
for n in (10, 1000, 100000):
    try_repr("list %d" % n, nest(n, lambda x: [x]))
    try_repr("tuple %d" % n, nest(n, lambda x: (x,)))
    try_repr("dict %d" % n, nest(n, lambda x: {1: x}))
sys.setrecursionlimit(100)
print(depth_ok(500))

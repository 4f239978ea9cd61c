# bisect's contract: lo/hi bounds (hi=-1 means len, as the C module), key= applied to the
# elements only, insort calling a.insert, errors, and which comparisons are made.
import bisect
from collections import deque

a = [1, 2, 2, 2, 5, 8]
for x in (0, 1, 2, 3, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect(a, 9, 1, 3))
print(bisect.bisect(a, 5, 0, -1), bisect.bisect_left(a, 5, 0, -1), bisect.bisect(a, 5, 0, -2), bisect.bisect(a, 5, 4, 2))
print(bisect.bisect(a, 2, hi=None), bisect.bisect(a, 2, lo=10))
for call in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.insort(a, 1, -5),
             lambda: bisect.bisect(a, 1, 1.5), lambda: bisect.bisect(a, 2, 0, 100), lambda: bisect.bisect(a, 1, 0, "x"),
             lambda: bisect.bisect([1, "a"], 0)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect((1, 3, 5), 4), bisect.bisect("acegi", "f"), bisect.bisect(range(0, 100, 10), 35))

people = [("ann", 20), ("bob", 31), ("cy", 31), ("di", 40)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 31, key=age), bisect.bisect_right(people, 31, key=age))
bisect.insort(people, ("ed", 31), key=age)
bisect.insort_left(people, ("fay", 31), key=age)
bisect.insort_right(people, ("gus", 1), key=age)
print(people)
calls = []
def k(v):
    calls.append(v)
    return -v
desc = [9, 7, 5, 3]
print(bisect.bisect(desc, -6, key=k), calls)
calls.clear()
bisect.insort(desc, 6, key=k)
print(desc, calls)

class Logged(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = Logged([1, 3])
bisect.insort(l, 2)
bisect.insort_left(l, 3)
print(l)
d = deque([1, 4, 9])
bisect.insort(d, 5)
print(d)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
cs = [Cmp(i) for i in range(0, 10, 2)]
print(bisect.bisect_left(cs, Cmp(4)))
print(bisect.bisect_right(cs, Cmp(4)))
bisect.insort(cs, Cmp(5))
print(cs)
x = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(x, v)
print(x, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

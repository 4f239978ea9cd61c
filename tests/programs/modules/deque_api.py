# collections.deque: the whole API, compared with CPython's C deque.
import copy
import weakref
from collections import deque
from collections.abc import MutableSequence, Sequence

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1); d.append(2); d.appendleft(0); d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[-1], d[1], d[-2])
print(d.pop(), d.popleft(), d)
d.extend(range(3, 7)); d.extendleft("ab")
print(d)
d.extend(d); print(d)
d.extendleft(deque([8, 9])); print(d)
d.clear(); print(d, len(d))

# maxlen trims the other end
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
print(deque(maxlen=0), deque("abc", 0), deque(iter(range(5)), maxlen=2))
z = deque(maxlen=0); z.append(1); z.extend(range(5)); print(z, len(z))

# indexing, assignment, deletion
d = deque(range(10))
d[0] = "first"; d[-1] = "last"; d[4] = "mid"
print(d)
del d[1]; del d[-2]; del d[3]
print(d, len(d))
print([d[i] for i in range(-len(d), len(d))])

# rotate, reverse, insert, remove, count, index
r = deque(range(7))
r.rotate(); print(r)
r.rotate(3); print(r)
r.rotate(-5); print(r)
r.rotate(700); print(r)
r.rotate(0); print(r)
r.reverse(); print(r)
r.insert(0, "a"); r.insert(-1, "b"); r.insert(100, "c"); r.insert(-100, "d"); r.insert(4, "e")
print(r)
r.remove("e"); r.remove("d"); print(r)
c = deque([1, 2, 1, 3, 1, 1.0, True])
print(c.count(1), c.count(3), c.count(99))
print(c.index(1), c.index(1, 1), c.index(1, -3), c.index(3, 0, 4), c.index(1, -100, 100))
nan = float("nan")
print(deque([nan]).count(nan), nan in deque([nan]), deque([nan]).index(nan))

# membership, iteration, reversed
s = deque("hello")
print("h" in s, "z" in s, list(s), list(reversed(s)), "".join(s))
it = iter(s); print(next(it), next(it), it.__length_hint__(), list(it))
print(type(iter(s)).__name__, type(reversed(s)).__name__, iter(it) is it)

# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == deque([1, 2, 3]), a != b, a < b, a <= b, a > b, a >= b)
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2, 3]) > deque([1, 2]), deque() == deque())
print(deque([1]) == [1], deque([1]) != [1], a == a, deque([1, 2], maxlen=5) == deque([1, 2]))
print(sorted([deque([3]), deque([1, 2]), deque([1]), deque()]))

# +, *, +=, *=
print(a + b, a * 2, 2 * a, a * 0, a * -1, deque([1, 2], maxlen=3) + deque([3, 4]))
print(deque([1, 2, 3], maxlen=5) * 3, deque("ab", maxlen=3) * 2)
x = deque([1]); y = x; x += [2, 3]; x += "ab"; print(x, y is x)
x *= 2; print(x, y is x)
x *= 0; print(x, y is x)
w = deque([1, 2], maxlen=3); w *= 5; print(w)

# repr
print(repr(deque()), repr(deque([1, "a", None])), repr(deque([1, 2], maxlen=5)), str(deque([()])))
rec = deque([1]); rec.append(rec); print(rec)
outer = deque([deque([1]), [2]]); outer[1].append(outer); print(outer)

# copies
o = deque([[1], 2], maxlen=4)
print(o.copy(), copy.copy(o), o.copy() is o, o.copy().maxlen, o.copy()[0] is o[0])
dc = copy.deepcopy(o); print(dc, dc[0] is o[0], dc.maxlen)
cls, args, state, items = o.__reduce__()
print(cls is deque, args, state, list(items))
print(deque([1]).__reduce__()[1])

# types, generics, weak references
print(deque.__name__, deque.__module__, deque.__qualname__, deque[int], deque[int].__origin__ is deque)
print(isinstance(d, MutableSequence), isinstance(d, Sequence), issubclass(deque, MutableSequence))
print(deque.__hash__ is None, type(deque.maxlen).__name__ in ("getset_descriptor", "property"))
wd = deque([1]); ref = weakref.ref(wd); print(ref() is wd); del wd; print(ref())
print(deque(x for x in range(3)), deque({1: 2, 3: 4}), deque("abc", maxlen=None))
print(deque(iterable=[1, 2], maxlen=1), deque([], 2).maxlen)
q = deque([5, 6]); q.__init__([7]); print(q); q.__init__("xy", 1); print(q, q.maxlen)

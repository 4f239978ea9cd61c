# modules: abc _collections_abc collections.abc keyword operator
from collections import deque
d = deque()
for i in range(20):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[5])
print(d.pop(), d.popleft(), d)
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.extendleft("abc"); print(d)
d.reverse(); print(d)
print(d.count(3), d.index(3), 3 in d, 99 in d)
d.insert(2, "ins"); print(d)
d.remove("ins"); del d[0]; print(d)
d[1] = "set"; print(d)
m = deque(range(10), maxlen=4); print(m, m.maxlen)
m.appendleft(-1); print(m)
m.extend([7, 8]); print(m)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]))
e = deque([1, 2, 3]); e += [4]; e *= 2; print(e)
print(list(reversed(e)), e.copy(), bool(deque()), repr(deque(maxlen=0)))
r = deque([1]); r.append(r); print(r)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(3),
            lambda: deque()[0], lambda: deque([1])["a"], lambda: deque([1]).index(2),
            lambda: deque([1], maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1])[0:1], lambda: deque(1), lambda: hash(deque()) if False else deque()[-5],
            lambda: deque([1]) + [2]):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
it = deque([1, 2, 3])
try:
    for x in it:
        it.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
big = deque()
for i in range(1000):
    big.append(i); big.appendleft(i)
for i in range(700):
    big.pop(); big.popleft()
print(len(big), big[0], big[-1], sum(big))
q = deque(range(5)); q.rotate(7); print(q); q.clear(); print(q)

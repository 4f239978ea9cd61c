# sets of ints and strings (orders follow the hash, fixed by PYTHONHASHSEED=0)
s = {5, 3, 1, 100, 64, 33}
print(s, len(s), 3 in s, 4 in s)
s.add(7); s.add(3); print(s)
s.discard(100); s.discard(999); print(s)
s.remove(5); print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}))
c = set(a); c.update(b, [10]); print(c)
c.intersection_update(range(4, 11)); print(c)
c.difference_update({10}); print(c)
c.symmetric_difference_update({4, 20}); print(c)
print(c.pop(), c)
words = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(words)
print(set("mississippi"), set(), {()}, set(range(20, 0, -3)))
print({x % 7 for x in range(50)}, frozenset({3, 2, 1}), frozenset("aab"))
fs = frozenset([1, 2])
print(fs | {3}, {fs: "key"}, hash(fs) == hash(frozenset([2, 1])), type(fs | {3}).__name__)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)

# tuples
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t[1:3], t[::-1], t + (4,), t * 2, 2 in t)
print((), (1,), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, 2) < (1, 3), (1, 2) == (1, 2))
a, b, *rest = t
print(a, b, rest)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, "a", None)) == hash((1, "a", None)))
print(max(t), min(t), sum(t), sorted(t))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)

a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
(x, y), z = (1, 2), 3
[p, [q, r]] = [4, [5, 6]]
print(x, y, z, p, q, r)
for i, (c, n) in enumerate([("a", 1), ("b", 2)]):
    print(i, c, n)
print(*[1, 2], *"ab", sep=",")
print([*range(3), *[9]], (*"xy",), {*"aab", *"c"} == {"a", "b", "c"}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
k, = [7]
print(k)
s = "hi"
c1, c2 = s
print(c1, c2)
d = {"one": 1, "two": 2}
k1, k2 = d
print(k1, k2)

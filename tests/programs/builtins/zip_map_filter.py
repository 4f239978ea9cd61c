# zip, map, filter, enumerate, reversed, iterators
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd")), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(reversed([1, 2, 3])), list(reversed(range(4))))
z = zip("ab", "cd")
print(next(z), next(z), next(z, "done"))
m = map(int, ["1", "2"])
print(type(m).__name__, next(m), list(m), list(m))
e = enumerate(["x"])
print(type(e).__name__, next(e))
print(list(map(lambda x: x, filter(lambda x: x % 2, map(lambda x: x * 3, range(10))))))
print(all([1, 2]), all([]), any([0, ""]), any([]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

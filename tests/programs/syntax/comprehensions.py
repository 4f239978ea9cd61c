print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"], [[i * j for j in range(3)] for i in range(3)])
print({x: x ** 2 for x in range(5)}, {k: v for k, v in zip("abc", range(3)) if v})
print({c for c in "mississippi"}, sorted({len(w) for w in "a bb cc ddd".split()}))
x = "outer"
print([x for x in range(3)], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], list(zip(*matrix)), [v for row in matrix for v in row])
def in_func():
    y = 10
    return [y + i for i in range(3)], (lambda: [y * i for i in range(2)])()
print(in_func())
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print([i for i in range(3) if (j := i * 10) > 0], j)
print([(a, b) for a, b in {"x": 1, "y": 2}.items()], [s.upper() for s in ("a", "b")])
nested = [[[k for k in range(j)] for j in range(i)] for i in range(4)]
print(nested)

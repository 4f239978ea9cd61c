# generator expressions
g = (x * 2 for x in range(5))
print(type(g).__name__, g.__name__, g.__qualname__, next(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in "abc"), tuple(c.upper() for c in "hi"), "-".join(str(n) for n in range(4)))
def lazy():
    print("evaluated first iterable")
    return range(3)
ge = (x for x in lazy())
print("created")
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
n = 10
print(list(x + n for x in range(3)))
nested = ((x, (y for y in range(x))) for x in range(3))
print([(x, list(inner)) for x, inner in nested])
print(any(x > 100 for x in iter(int, 1) if x == 0) if False else "skip")

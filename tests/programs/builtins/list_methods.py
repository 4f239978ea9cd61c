# list methods
a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.insert(0, 0); print(a)
a.insert(100, 7); print(a)
a.insert(-1, 8); print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1); print(a)
print(a.index(5), a.count(1), a.count(42), len(a))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
print(a + [10], a * 2, [0] * 3, 4 in a, 42 not in a)
a[1:3] = ["x", "y", "z"]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[0]; print(a)
del a[::2]; print(a)
print(a[-1], a[1:], a[:-1], a[::-1])
print([1, 2] < [1, 3], [1, 2] == [1, 2], [1] < [1, 0], [] == [])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
nested = [[1, 2], [3]]
nested[0].append(9)
print(nested, list(range(3)), list("ab"), list((1, 2)), list({1: 2}))

# hash(None) is a constant in CPython 3.12 (not the object's address), so
# where None lands in a set or a dict's hash table is the same on every run.
print(hash(None))
print({None, 1.5, True, (1, 2), 3, 2.0})
print({1.5, None, 7, -1, 0.25})
s = set(range(10))
s.add(None)
print(s)
print(frozenset([None, 0, 1, 8, 16]))
d = dict.fromkeys([None, 2, 10, 18])
print(list(d), set(d))
print({None} | {4, 12, 20}, {None, 4} & {None, 12})

# dict views
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(k, len(v), ("d", 4) in it, "a" in k, 3 in v)
print(k & {"a", "x"}, k | {"z"}, k - {"a"}, it & {("a", 1)})
print(sorted(k ^ {"a", "q"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(k == {"a", "b", "c", "d", "ax"}, k.isdisjoint({"nope"}))

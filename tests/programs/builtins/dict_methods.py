# dict methods and insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20; print(d)
del d["a"]; d["a"] = 100; print(d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.setdefault("c", 0), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d.popitem(), d)
e = d.copy(); e.clear(); print(d, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("xy", [1, 2])))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
f = {"k": 1}; f |= {"k": 2, "j": 3}; print(f)
print({True: "t", 1: "one", 1.0: "float"}, {(1, 2): "tuple"}, {None: 0})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
print(sorted({3: 1, 1: 2, 2: 3}.items()), list(reversed({"a": 1, "b": 2})))
squares = {}
for i in range(10):
    squares[i] = i * i
for i in range(0, 10, 2):
    del squares[i]
print(squares)

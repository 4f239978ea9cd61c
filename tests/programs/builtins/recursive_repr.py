# repr of self-containing containers and nested structures
a = [1, 2]
a.append(a)
print(a, repr(a), len(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
s = [[]] * 3
s[0].append(1)
print(s)
nested = {"list": [1, (2, 3), {4, 5}], "tuple": (), "dict": {"x": None}, "str": "it's"}
print(nested)
print([1.0, -0.0, 1e100, float("nan")], (1,), ((1,),), [[], {}, set(), ()])
print(repr("x"), [repr("x")], [["a", 'b"c', "d'e"]])

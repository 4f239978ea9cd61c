# pprint: the layout of nested dicts/lists/tuples/sets past the width, compact, depth, pp
import pprint
data = {"name": "pydive", "versions": list(range(30)), "nested": {"b": [1, 2, {"deep": ("x", "y")}], "a": None},
        "set": {3, 1, 2}, "tuple": (1,), "empty": [], "long_string_key_" * 3: "v" * 50}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(list(range(40)), compact=True)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat([1, 2]), pprint.saferepr({"b": 1, "a": [2]}))
r = [1]; r.append(r); print("Recursion" in pprint.pformat(r), pprint.isrecursive(r), pprint.isreadable([1]))
pprint.pp({"z": 1, "a": [list(range(20)), "x" * 60]})
pprint.pprint([frozenset({1, 2}), set(), {"k": (1, 2, 3)}], width=20)
pprint.pprint({"depth": {"one": {"two": {"three": 3}}}}, depth=2)

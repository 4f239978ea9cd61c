d = {"a": 1, "b": 2}
d["c"] = 3
print(d)
print(d["b"], len(d), "a" in d)
for k in d:
    print(k, d[k])
print(d.get("z", 0))

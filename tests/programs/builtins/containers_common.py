# list / dict / set / tuple methods typical programs use
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); l.extend([3, 5]); l.insert(0, 0); l.insert(-1, 7); l.insert(100, 8)
print(l, len(l), l.count(5), l.index(4), l.index(5, 7))
print(l.pop(), l.pop(0), l, l.remove(1), l)
l.sort(); print(l); l.sort(reverse=True); print(l); l.reverse(); print(l)
print(sorted(l, key=lambda x: -x), sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(l[2:5], l[::2], l[::-1][:3], l[-2:], l[100:], [1, 2, 3] * 2, [[0] * 2] * 2)
m = l.copy(); m[0] = 99; del m[1]; del m[::3]; print(m, l[:3])
m[1:3] = ["a", "b", "c"]; print(m); m.clear(); print(m, bool(m))
print([x * x for x in range(5) if x % 2], list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(zip([1, 2, 3], "ab")), list(enumerate("ab", 1)), sum([1, 2, 3]), sum([[1], [2]], []), any([]), all([]))
d = {"b": 2, "a": 1}
d["c"] = 3; d.update({"d": 4}, e=5); d.update([("f", 6)])
print(d, d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("g", 7), d.setdefault("a", 100), len(d))
print(d.pop("g"), d.pop("zz", "dflt"), d.popitem(), list(d), list(d.values()), list(d.items())[:2])
print(dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0), dict(zip("ab", [1, 2])), {k: v for k, v in [("q", 1)]})
print(d | {"z": 26}, {**d, "a": 0}, "a" in d, 1 in d, sorted(d, key=d.get), max(d, key=lambda k: d[k]))
c = d.copy(); c.clear(); print(c, d == dict(d), {1: "a"} == {1.0: "a"}, {"a": 1} != {"a": 2})
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s, s | {9}, s & {2, 3, 7}, s - {2}, s ^ {3, 8})
print(s.union([5]), s.intersection({2, 4}), s.difference({2}), s.issubset({2, 3, 4, 5}), s.issuperset({2}), s.isdisjoint({0}))
print(frozenset([1, 2]) == {1, 2}, sorted({"b", "a"}), set(), set([1, 1, 2]), {x % 3 for x in range(10)})
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], len(t), (1,), tuple([1, 2]), (1, 2) < (1, 3), max(t), min(t))
a, *b, c = [1, 2, 3, 4, 5]; print(a, b, c)
print(list(reversed([1, 2, 3])), list(range(10, 0, -3)), [i for i in range(3)][::-1], sorted(range(5), reverse=True))
for bad in [lambda: [1][5], lambda: {}["k"], lambda: [].pop(), lambda: [1].index(2), lambda: {1}.remove(2), lambda: (1,)[3],
            lambda: {}.popitem(), lambda: [1, "a"].sort(), lambda: d["missing"], lambda: set().pop(), lambda: [].remove(0),
            lambda: dict([1]), lambda: {[]: 1}, lambda: hash([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, repr(e), e)

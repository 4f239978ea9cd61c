# sys.getsizeof of lists and dicts follows CPython 3.12's allocation rules: list_resize's
# over-allocation on append/insert/extend and its shrinking on pop/del, exact sizes for
# literals, slices, concatenation and list(sized), the length-hint path of list(iterator);
# a dict's keys table (8 slots, then used*3 on growth; str-only vs general entries; presized
# literals; copies and merges of dense dicts).
import sys

g = sys.getsizeof

print("literals", [g([]), g([1]), g([1, 2, 3]), g([0] * 7), g([1, 2, 3][:2]), g([1, 2] + [3])])
print("list()", [g(list(range(n))) for n in range(6)], g(list((1,) * 10)), g(list("abcde")))
print("list(gen)", [g(list(x for x in range(n))) for n in (0, 1, 8, 9, 10, 17, 30)])
print("sorted", g(sorted([3, 1, 2])), g(sorted({5, 4})), g(sorted(x for x in range(9))))

l = []
sizes = []
for i in range(70):
    l.append(i)
    sizes.append(g(l))
print("append", sizes)
print("comprehension", [g([x for x in range(n)]) for n in range(0, 40, 3)])

l = list(range(40))
sizes = []
while l:
    l.pop()
    sizes.append(g(l))
print("pop", sizes)

l = list(range(30))
for i in range(20):
    l.remove(i)
print("remove", g(l))
l = [1] * 10
del l[2:8]
print("del slice", g(l))
l = [1] * 10
del l[0]
print("del item", g(l))
l = [1, 2]
l.extend([3, 4, 5])
print("extend list", g(l))
l = [1, 2]
l.extend(range(5))
print("extend range", g(l))
l = [1, 2]
l.extend(x for x in range(20))
print("extend gen", g(l))
l = [1, 2]
l += (7, 8, 9, 10)
print("+=", g(l))
l = [1, 2]
l.insert(0, 5)
print("insert", g(l))
l = [1] * 10
l.clear()
print("clear", g(l))
l = [3, 1, 2]
l.append(0)
l.sort()
print("sort keeps allocation", g(l))
l = list(range(10))
l[2:4] = range(10)
print("slice assign", g(l))
l[0:15] = []
print("slice shrink", g(l))

print("dict literals", [g({}), g({"a": 1}), g({1: 2}), g({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6})])
k = "k"
print("dict built", g({k: 1, k + "2": 2, k + "3": 3, k + "4": 4, k + "5": 5, k + "6": 6, k + "7": 7}))
print("dict comprehension", [g({i: i for i in range(n)}) for n in range(0, 30, 4)])
d = {}
sizes = []
for i in range(50):
    d[str(i)] = i
    sizes.append(g(d))
print("str keys", sizes)
d = {}
sizes = []
for i in range(50):
    d[i] = i
    sizes.append(g(d))
print("int keys", sizes)
d = {"a": 1, "b": 2}
d[3] = 3
print("str table turned general", g(d))
d = {i: i for i in range(20)}
for i in range(15):
    del d[i]
print("deletions keep the table", g(d))
d[100] = 1
d[101] = 1
print("then inserts", g(d))
d.clear()
print("clear", g(d))
d = {i: i for i in range(10)}
print("copies", g(d.copy()), g(dict(d)), g({**d}), g(dict(a=1)), g(dict.fromkeys("abc")))
d = {"x": 1}
d.update({"y": 2, "z": 3})
print("update", g(d))
for n, k in [(10, 8), (10, 2), (20, 15), (20, 5), (6, 5), (40, 35)]:
    d = {i: i for i in range(n)}
    for i in range(k):
        del d[i]
    print("sparse copy", n, k, g(d), g(d.copy()), g(dict(d)), g({**d}))
print("sorted sized", [g(sorted(set(range(n)))) for n in range(1, 8)])

import bisect
a = [1, 2, 2, 2, 5, 8]
for x in [0, 1, 2, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 0, 3))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
bisect.insort_left(b, 4); bisect.insort_right(b, 4)
print(b)
bisect.insort(recs, ("bb", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
print(bisect.bisect_left(a, 2, 0, 100) if False else bisect.bisect_left(a, 2, 1, 3))

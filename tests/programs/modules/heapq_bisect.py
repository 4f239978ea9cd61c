import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8]), heapq.heappushpop(h, 0), h)
data = [9, 7, 5, 3, 1]
heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])))
tasks = []
for prio, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left(a, 4, lo=3), bisect.bisect([("a", 1), ("c", 3)], ("b", 0)))
grades = [bisect.bisect([60, 70, 80, 90], s) for s in [33, 99, 77, 70, 89, 90, 100]]
print(["FDCBA"[g] for g in grades])

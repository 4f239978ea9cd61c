import heapq, random
rng = random.Random(12345)
for trial in range(30):
    data = [rng.randrange(50) for _ in range(rng.randrange(40))]
    h = list(data); heapq.heapify(h); print(h)
    h2 = []
    for x in data:
        heapq.heappush(h2, x)
    print(h2, [heapq.heappop(h2) for _ in range(len(h2) // 2)], h2)
    if h:
        print(heapq.heapreplace(h, 25), heapq.heappushpop(h, 10), h)
    print(heapq.nsmallest(3, data), heapq.nlargest(4, data), heapq.nsmallest(2, data, key=lambda v: -v),
          heapq.nlargest(5, iter(data), key=lambda v: v % 7), heapq.nsmallest(1, data), heapq.nlargest(100, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)),
      list(heapq.merge(["a", "bb"], ["ccc", "d"], key=len)), list(heapq.merge()))
pairs = [(1, "b"), (1, "a"), (0, "z")]
h = []
for p in pairs: heapq.heappush(h, p)
print(h)
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify("ab")):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heapq.__all__)

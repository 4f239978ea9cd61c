# heapq's contract: the exact list layout after every operation, the comparisons made and
# their order, merge's laziness and tie order, nsmallest/nlargest ties, argument errors.
import heapq
import random

log = []
class K:
    def __init__(self, v, tag=""):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, K(v))
print(h, len(log), log[:8])
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
print(heapq.heapreplace(h, K(6)), h, log)
log.clear()
print(heapq.heappushpop(h, K(0)), heapq.heappushpop(h, K(4)), h, log)
log.clear()
data = [K(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]]
heapq.heapify(data)
print(data, len(log))

rng = random.Random(5)
for size in (0, 1, 2, 3, 10, 31, 100):
    xs = [rng.randrange(50) for _ in range(size)]
    a = xs[:]
    heapq.heapify(a)
    b = []
    for x in xs:
        heapq.heappush(b, x)
    popped = [heapq.heappop(b) for _ in range(len(b) // 2)]
    print(size, a[:12], popped[:6], b[:8])
ties = []
for i, p in enumerate([2, 1, 2, 1, 3, 1]):
    heapq.heappush(ties, (p, i))
print(ties, [heapq.heappop(ties) for _ in range(6)])

for f, args in [(heapq.heappush, ((), 1)), (heapq.heappop, ((),)), (heapq.heapify, ("ab",)),
                (heapq.heapreplace, ({}, 1)), (heapq.heappushpop, (None, 1)), (heapq.heappop, ([],)),
                (heapq.heapreplace, ([], 1)), (heapq._heapify_max, ((),)), (heapq._heappop_max, ([],)),
                (heapq._heapreplace_max, ([], 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(heapq.heappushpop([], 3), heapq.heappushpop([1], 1))
try:
    heapq.heappush([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)
m = [3, 9, 1, 7, 5]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m, heapq._heapreplace_max(m, 4), m)

# merge: ties in input order, laziness, reverse, key
def noisy(name, items):
    for x in items:
        print("  pull", name, x)
        yield x
print(list(heapq.merge(noisy("a", [1, 3, 5]), noisy("b", [2, 3, 4]), noisy("c", []))))
print(list(heapq.merge([K(1, "a"), K(2, "a")], [K(1, "b"), K(2, "b")], [K(1, "c")])))
print(list(heapq.merge([5, 3, 1], [4, 3, 0], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dd", "eeee"], key=len)))
print(list(heapq.merge([(1, "x"), (1, "y")], [(1, "a")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [], [3])))
g = heapq.merge([1, 4], [2, 3])
print(type(g).__name__, next(g), next(g), list(g))
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print("TypeError:", e)

# nsmallest / nlargest
xs = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
for n in (-1, 0, 1, 2, 3, 10, 11, 20):
    print(n, heapq.nsmallest(n, xs), heapq.nlargest(n, xs), heapq.nsmallest(n, iter(xs)), heapq.nlargest(n, iter(xs)))
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, iter(words), key=len), heapq.nlargest(3, iter(words), key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, iter(words), key=len), heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))
print(heapq.nsmallest(2, [], key=len), heapq.nlargest(2, iter([])), heapq.nsmallest(5, {3: 1, 1: 2}))
tagged = [K(1, "a"), K(0, "b"), K(1, "c"), K(0, "d"), K(2, "e"), K(1, "f")]
log.clear()
print(heapq.nsmallest(3, iter(tagged)), heapq.nlargest(3, iter(tagged)), len(log))
print(heapq.nsmallest(2, iter(tagged), key=lambda k: k.v), heapq.nlargest(2, iter(tagged), key=lambda k: -k.v))
big = [rng.randrange(1000) for _ in range(300)]
print(heapq.nsmallest(5, big), heapq.nlargest(5, big), heapq.nsmallest(4, iter(big), key=lambda v: v % 7))
print(sorted(heapq.__all__))

"""A seeded simulation: random, statistics, heapq event queue, bisect."""
import bisect
import heapq
import random
import statistics

random.seed(12345)
print(random.random(), random.randint(1, 6), random.choice("abcdef"), random.uniform(1, 2))
print(random.sample(range(100), 5), random.randrange(0, 100, 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.choices("xyz", weights=[5, 1, 1], k=10))
print(round(random.gauss(0, 1), 6), round(random.expovariate(2.0), 6))

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(300)]
hist = {n: rolls.count(n) for n in range(2, 13)}
for n, c in hist.items():
    print(f"{n:2} {'#' * (c // 3)} {c}")
print(statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls))
print(round(statistics.stdev(rolls), 4), round(statistics.pvariance(rolls), 4))
print(statistics.mean([1, 2, 3, 4]), statistics.median([1, 3, 2, 4]), statistics.fmean([1, 2]))
print(statistics.quantiles(range(1, 101), n=4), statistics.multimode("aabbc"))


class Event:
    def __init__(self, time, name):
        self.time = time
        self.name = name

    def __lt__(self, other):
        return (self.time, self.name) < (other.time, other.name)


queue = []
for name in ["arrive", "serve", "leave", "lunch", "close"]:
    heapq.heappush(queue, Event(random.randint(0, 50), name))
clock = 0
while queue:
    ev = heapq.heappop(queue)
    clock = ev.time
    print(f"t={clock:3d} {ev.name}")
nums = [random.randint(0, 1000) for _ in range(20)]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nsmallest(2, deck, key=lambda c: c[::-1]))
h = nums[:]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(5)], heapq.heappushpop(h, -1), heapq.heapreplace(h, 5000))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))


def monte_carlo_pi(n):
    inside = sum(1 for _ in range(n) if random.random() ** 2 + random.random() ** 2 <= 1)
    return 4 * inside / n


print(monte_carlo_pi(2000))
rng = random.Random(7)
print(rng.random(), rng.getrandbits(64), rng.randbytes(4).hex())
state = rng.getstate()
a = rng.random()
rng.setstate(state)
print(a == rng.random())
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))

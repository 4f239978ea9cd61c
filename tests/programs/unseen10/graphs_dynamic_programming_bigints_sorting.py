from collections import deque, defaultdict
import heapq, sys

graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(g, src):
    dist = {n: float("inf") for n in g}
    dist[src] = 0
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in sorted(g[u].items()):
            if d + w < dist[v]:
                dist[v] = d + w
                prev[v] = u
                heapq.heappush(pq, (dist[v], v))
    return dist, prev
dist, prev = dijkstra(graph, "A")
print(dist)
path, n = [], "F"
while n != "A":
    path.append(n); n = prev[n]
print("->".join(reversed(path + ["A"])))

def bfs(g, s):
    seen, order, q = {s}, [], deque([s])
    while q:
        u = q.popleft(); order.append(u)
        for v in g[u]:
            if v not in seen:
                seen.add(v); q.append(v)
    return order
print(bfs(graph, "A"))
def topo(g):
    indeg = defaultdict(int)
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    q = deque(sorted(u for u in g if indeg[u] == 0)); out = []
    while q:
        u = q.popleft(); out.append(u)
        for v in sorted(g[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return out
print(topo(graph))
import graphlib
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"a", "b"}, "d": {"c"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i-1][j-1] + 1 if x == y else max(dp[i-1][j], dp[i][j-1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i-1] == b[j-1]:
            out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("programming", "gaming"))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j-1] + 1, prev[j-1] + (x != y)))
        prev = cur
    return prev[-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def coins(amount, cs):
    ways = [1] + [0] * amount
    for c in cs:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(coins(100, [1, 5, 10, 25, 50]), coins(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c[n]
print(catalan(30), catalan(60))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(len(str(f100)), sum(map(int, str(f100))), f100 % (10**9 + 7), f100 // 10**150, str(f100)[-30:])
print(2**521 - 1 > 10**156, pow(2, 10**5, 10**9 + 7), (3**200).bit_length(), -(7**50) // 13, -(7**50) % 13, divmod(-(10**30), 7))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt_newton(10**50), isqrt_newton(2 * 10**40))
sys.set_int_max_str_digits(5000)
big = 7 ** 5000
print(len(str(big)), str(big)[:15])
sys.set_int_max_str_digits(4300)
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records), sorted(records, key=lambda r: r[0], reverse=True))
words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
lst = [3, 1, 2]; lst.sort(key=lambda x: -x); print(lst, sorted("bca"), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)

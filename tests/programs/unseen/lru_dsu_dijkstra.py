from collections import OrderedDict
import heapq

class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, key):
        if key not in self.map:
            return -1
        n = self.map[key]
        self._unlink(n); self._push(n)
        return n.val
    def put(self, key, val):
        if key in self.map:
            self._unlink(self.map.pop(key))
        elif len(self.map) >= self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.key]
        n = Node(key, val)
        self.map[key] = n
        self._push(n)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key, n.val
            n = n.next
    def __len__(self):
        return len(self.map)
    def __repr__(self):
        return f"LRUCache({dict(self)})"

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c.get("a"), c)
c.put("d", 4)
print(c.get("b"), c, len(c))

class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True

edges = [(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8), (6, 8, 6), (4, 2, 5), (2, 6, 5), (7, 2, 3), (14, 3, 5), (9, 3, 4), (10, 5, 4)]
d = DSU(9)
mst = [(w, u, v) for w, u, v in sorted(edges) if d.union(u, v)]
print(mst, sum(w for w, *_ in mst))

def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        du, u = heapq.heappop(pq)
        if du > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, ()):
            nd = du + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
graph = {}
for w, u, v in edges:
    graph.setdefault(u, []).append((v, w)); graph.setdefault(v, []).append((u, w))
dist, prev = dijkstra(graph, 0)
print(sorted(dist.items()))
path, n = [], 4
while n != 0:
    path.append(n); n = prev[n]
print(path[::-1])
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(heapq.nsmallest(3, edges), heapq.nlargest(2, edges, key=lambda e: e[1] + e[2]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

"""Linked list, stack, queue, binary search tree and a graph: dunder methods and algorithms."""
from collections import deque


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")

    def __contains__(self, v):
        return any(x == v for x in self)

    def reverse(self):
        prev, n = None, self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
        return self

    def __iadd__(self, other):
        for v in reversed(list(other)):
            pass
        items = list(self) + list(other)
        self.__init__(items)
        return self


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1], 4 in ll, 9 in ll, ll[1:4])
ll.reverse()
print(ll)
ll += [9, 2]
print(ll, list(reversed(list(ll))), sum(ll), max(ll), sorted(ll))
try:
    ll[99]
except IndexError as e:
    print(e)
print(LinkedList())


class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)

    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))

    def height(self, n=...):
        if n is ...:
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height())

graph = {
    "A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": [],
}


def bfs(start, goal):
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(path + [nxt])


def dfs_order(node, seen=None):
    seen = seen if seen is not None else []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs_order(n, seen)
    return seen


def topo():
    indeg = {n: 0 for n in graph}
    for outs in graph.values():
        for n in outs:
            indeg[n] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return order


print(bfs("A", "F"), dfs_order("A"), topo())
stack = []
for ch in "({[]})(":
    if ch in "({[":
        stack.append(ch)
    elif stack and "({[".index(stack[-1]) == ")}]".index(ch):
        stack.pop()
print("balanced" if not stack else f"unbalanced {stack}")
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq.count(3), list(reversed(dq)))
dq.extend([7, 8])
print(dq, dq.pop(), dq.popleft(), len(dq))
try:
    deque().pop()
except IndexError as e:
    print(e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}), frozenset(b) | a)
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print(d1 | d2, {**d2, **d1}, d1.keys() & d2.keys(), d1.items() - {("x", 1)}, dict(zip("abc", range(3))))
inverted = {v: k for k, v in d2.items()}
print(inverted, d1.setdefault("w", []), d1, d1.pop("nope", "default"), list(d1.values()))

# sorting with key/reverse, stability, min/max/sorted on mixed data, and common iteration helpers
people = [("alice", 31, 5.5), ("bob", 25, 6.1), ("carol", 31, 5.2), ("dave", 25, 5.9), ("eve", 40, 5.5)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: -p[1])])
import operator
print(sorted(people, key=operator.itemgetter(1, 2)), max(people, key=operator.itemgetter(2)), min(people, key=lambda p: p[0][::-1]))
words = "the quick brown fox jumps over the lazy dog THE End".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(set(words)) == sorted(set(words), key=None), sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2.5, 0, -7, 10, 2]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), max(nums), min(nums), max(nums, key=abs), min([], default="none"))
print(max(1, 5, 3), min("b", "a", "c"), max([[1, 2], [1, 3]]), max((1, "z"), (1, "a")), sorted([[3], [1, 2], [1]]))
l = [3, 1, 2]
l.sort(key=lambda x: -x); print(l)
l.sort(reverse=True); print(l)
d = {"b": 3, "a": 1, "c": 2}
print(sorted(d), sorted(d.items()), sorted(d.items(), key=lambda kv: kv[1]), sorted(d, key=d.__getitem__, reverse=True))
class Item:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"Item({self.n})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(7)]), min(Item(4), Item(2)))
print(list(reversed(sorted(range(5)))), sorted("hello", reverse=True), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(enumerate(sorted("cab"))), dict(sorted({"z": 1, "a": 2}.items())), sorted(zip([2, 1], "ab")))
stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(stable, key=lambda t: t[0]), sorted(stable, key=lambda t: t[0], reverse=True))
big = [(i * 7919) % 101 for i in range(100)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big, key=lambda x: x % 10)[:12])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)

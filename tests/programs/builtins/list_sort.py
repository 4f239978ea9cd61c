# sort and sorted: keys, reverse, stability
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
recs = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted({"b": 1, "a": 2}), sorted("hello"), sorted((3, 1, 2)), sorted([]))
print(sorted([3.5, 1, 2.25, -1]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))

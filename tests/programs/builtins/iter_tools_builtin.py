# iter/next/reversed/enumerate/zip on user and builtin objects, exhaustion behaviour
it = iter("ab")
print(next(it), next(it), next(it, None), next(it, "again"))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(Rev())), list(Rev()), "y" in Rev())
class RevDunder:
    def __reversed__(self): return iter("custom")
print("".join(reversed(RevDunder())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())))
e = enumerate(zip("ab", "cd"), 1)
print(list(e))
nums = iter(range(10))
print(list(zip(nums, nums)))
s = iter({3, 1, 2})
print(sorted(s))
print(list(map(pow, [2, 3], [3, 2])), list(zip(*zip("abc", "123"))))
print(sum(1 for _ in iter(list(range(7)))), len(list(iter(range(3)))))

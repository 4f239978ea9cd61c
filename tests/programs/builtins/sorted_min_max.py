# min/max/sum/sorted with keys and defaults
nums = [4, -8, 15, 16, -23, 42]
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(5, 2, 8), max("abc", "abd"))
print(min([], default="empty"), max([], default=None), min([3], default=0))
print(max([(1, "b"), (1, "a")]), min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([1, 1.0]), max([1.0, 1]), min([2, 2.0], key=lambda x: 0))
print(sum(nums), sum([], 5), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)))
print(sorted(nums, key=lambda x: (x % 3, x)))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)

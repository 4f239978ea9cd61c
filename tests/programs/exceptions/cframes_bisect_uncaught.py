# bisect is C in CPython.
import bisect

items = [1, 3, 5]
bisect.insort(items, 4)
print(items, bisect.bisect_left(items, 3))
bisect.insort(None, 1)

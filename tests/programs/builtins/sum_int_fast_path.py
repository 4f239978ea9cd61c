# sum() over machine-word ints adds without the generic operator; overflow goes on as a big int,
# floats switch to the compensated sum, int subclasses keep their own __add__.
import sys
print(sum(range(10)), sum([sys.maxsize, sys.maxsize, -5]), sum([1, 2.5, 3]), sum([True, True, 3]), sum([], 7), sum([1, 2], start=10))
print(sum([10**20, 1]), sum([-sys.maxsize - 1, -1]), sum([1, 1.5, 10**30]), sum([0.1] * 10), sum(x for x in range(100000)))
class N(int):
    def __add__(self, o): return "custom"
    __radd__ = __add__
print(sum([1, N(2)]))
try:
    sum([N(1), 2])
except TypeError as e:
    print("TypeError:", e)

# Library code that is C in CPython (functools.reduce, bisect, itertools, heapq, operator)
# adds no frame that a user callback can see through sys._getframe or f_back.
import sys
import bisect
import functools
import heapq
import inspect
import itertools
import traceback


def caller_names(depth=4):
    f = sys._getframe(1)
    names = []
    while f is not None and len(names) < depth:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def key(x):
    print("key sees", caller_names(2), sys._getframe(1).f_code.co_name)
    return x


def add(a, b):
    print("add sees", caller_names(2))
    return a + b


def main():
    print(functools.reduce(add, [1, 2, 3]))
    print(bisect.bisect_left([1, 2, 3], 2, key=key))
    print(list(itertools.accumulate([1, 2], add)))
    h = []
    heapq.heappush(h, (1, "a"))
    print(list(itertools.filterfalse(lambda x: print("lambda sees", caller_names(2)) or x, [0])))
    print([fr.function for fr in inspect.stack()][:3])
    print(sorted([3, 1], key=key))
    print(max([1, 5], key=key), min([4, 2], key=key))


def stack_in_callback(x):
    print([line.name for line in traceback.extract_stack()][-3:])
    return x


main()
print(functools.reduce(lambda a, b: stack_in_callback(a + b), [1, 2]))
print(list(map(lambda x: sys._getframe(1).f_code.co_name, [1])))

# functools.reduce is C in CPython: the callback's frame shows, reduce's does not.
import functools


def add(a, b):
    return a + b


print(functools.reduce(add, [1, 2, 3]))
functools.reduce(add, [1, 2, "three"])

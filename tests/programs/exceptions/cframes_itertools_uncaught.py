# itertools is C in CPython.
import itertools

print(list(itertools.chain.from_iterable([[1], [2, 3]])))
for x in itertools.chain.from_iterable(5):
    print(x)

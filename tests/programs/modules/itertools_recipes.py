# a few itertools recipes over deterministic inputs
from itertools import chain, combinations, groupby, islice, tee, zip_longest, accumulate, count, cycle, repeat, starmap
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def grouper(iterable, n, fillvalue=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)
def unique_justseen(iterable):
    return (k for k, _ in groupby(iterable))
def sliding(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in islice(it, i):
            pass
    return zip(*its)
print(list(powerset("abc")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding(range(6), 3)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(islice(zip(count(), cycle("ab")), 5)))
print(list(starmap(lambda a, b: a * b, zip(range(4), repeat(10)))), sum(islice(count(1, 2), 10)))

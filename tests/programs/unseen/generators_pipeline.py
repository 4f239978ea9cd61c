"""Generator pipelines: yield, yield from, send, generator expressions, itertools."""
import itertools
from itertools import islice, count, chain, groupby, accumulate, starmap, takewhile, dropwhile
from itertools import product, permutations, combinations, combinations_with_replacement, zip_longest, cycle, repeat, tee, pairwise, compress, filterfalse


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def running_average():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        n += 1
        avg = total / n
    return n


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(islice(fib(), 15)))
print(list(islice(primes(), 20)))
g = running_average()
next(g)
for v in [10, 20, 30, 45]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("count", e.value)

print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[]]], 8])))
print(list(chain("ab", [1, 2], range(3))), list(chain.from_iterable(["xy", "z"])))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4)))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 3)))
print(list(combinations_with_replacement("ab", 3)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(islice(cycle("xyz"), 7)), list(repeat(7, 3)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(pairwise("abcd")), list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2")))
print(list(itertools.batched(range(10), 3)))
squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), next(gen, "done"))
evens = [x for x in range(20) if x % 2 == 0 if x % 3]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(evens, matrix, [list(col) for col in zip(*matrix)])
print({x: x ** 2 for x in range(5)}, {x % 3 for x in range(10)})


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed at", n)


c = countdown(5)
print(next(c), next(c))
c.close()
print(list(countdown(2)))
print(type(fib()).__name__, fib.__name__)

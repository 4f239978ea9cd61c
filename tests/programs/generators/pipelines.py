# generator pipelines and lazy evaluation order
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(src):
    for x in src:
        print("square", x)
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            print("pass", x)
            yield x
for v in evens(squares(numbers(5))):
    print("consume", v)
import itertools
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(5, naturals())))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))

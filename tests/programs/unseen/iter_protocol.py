"""The iterator protocol by hand: __iter__/__next__, __getitem__ iteration, __reversed__, __len__, sentinel iter."""


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(5)
print(list(c), list(reversed(c)), len(c), sum(c), max(c), sorted(c), 3 in c, list(enumerate(c, 1)))
it = iter(c)
print(next(it), next(it), list(it), list(it))


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


print(list(Squares()), 16 in Squares(), 17 in Squares(), list(zip(Squares(), "abc")))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


f = Fib(100)
print(list(f), list(f), [x for x in f if x % 2], dict(zip(f, "abcdefghijklmnop")))
print(list(map(lambda x, y: x * y, Fib(30), range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(any(x > 50 for x in Fib(100)), all(x < 100 for x in Fib(100)), min(Fib(100), key=lambda v: abs(v - 20)))
e = enumerate("xyz")
print(next(e), list(e), list(zip(*[(1, "a"), (2, "b")])), list(zip()), list(map(str.upper, [])))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r), list(reversed("abc")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
lst = [1, 2, 3, 4]
for v in lst:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
it = iter([1, 2, 3])
for x in it:
    print("got", x, "skip", next(it, None))
gen = (i for i in range(3))
print(list(zip(gen, gen)), iter(gen) is gen)

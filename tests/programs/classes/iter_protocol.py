# user iterators
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
for x in Countdown(2):
    print("loop", x)
a, b, c = Countdown(3)
print(a, b, c)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
it = iter(Fib())
print([next(it) for _ in range(12)])
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 1
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = Countdown(1)
except ValueError as e:
    print("ValueError:", e)

import io
from itertools import islice

def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return total, count

g = averager()
next(g)
print([g.send(v) for v in (10, 20, 30)])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "done"

d = delegator()
next(d)
d.send(4); d.send(6)
print(d.send(None))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 15)), sum(x for x in islice(fib(), 100) if x % 2 == 0))

def read_csv(f):
    header = next(f).strip().split(",")
    for line in f:
        if line.strip():
            yield dict(zip(header, line.strip().split(",")))

def typed(rows, **conv):
    for r in rows:
        yield {k: conv.get(k, str)(v) for k, v in r.items()}

def where(rows, pred):
    return (r for r in rows if pred(r))

f = io.StringIO("name,qty,price\nnut,10,0.5\nbolt,3,1.25\n\nscrew,100,0.05\nwasher,0,0.01\n")
rows = where(typed(read_csv(f), qty=int, price=float), lambda r: r["qty"] > 0)
for r in rows:
    print(f"{r['name']:<8}{r['qty']:>5}{r['qty'] * r['price']:>8.2f}")

def closing_gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("generator cleaned up")
cg = closing_gen()
print(next(cg), next(cg))
cg.close()
print(list(cg))

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside:", e)
t = thrower()
next(t)
t.throw(ValueError("boom"))
try:
    t.throw(TypeError("fatal"))
except TypeError as e:
    print("propagated:", e)
print(t.gi_frame, t.gi_running)
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(100)), 2 in Countdown(5), max(Countdown(4)))
def bad_gen():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
it2 = iter(lambda: f.read(3), "")
f.seek(0)
print(list(it2)[:4])
def gen_with_return():
    yield 1
    return "final"
print(list(gen_with_return()), [x for x in gen_with_return()])
print(type(fib()).__name__, fib.__name__, repr(fib())[:19])

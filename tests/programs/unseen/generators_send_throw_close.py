import itertools

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 2:
            return "done"

results = []
d = delegator(results)
next(d)
for v in [10, 20, 30]:
    print("avg", d.send(v))
print(d.throw(ValueError("bad")))
d.send(None)
d.send(5)
try:
    d.send(None)
except StopIteration as e:
    print("stop", e.value)
print(results)

def counter():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("counter closed")

c = counter()
print(list(itertools.islice(c, 5)))
c.close()
print(c.gi_frame)
g = (x * x for x in range(10) if x % 3)
print(list(itertools.takewhile(lambda v: v < 50, g)))
print(list(g))
def gen_ret():
    yield 1
    return 7
gr = gen_ret()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("value", e.value, e.args)
print(list(itertools.chain.from_iterable((range(i) for i in range(4)))))
pairs = itertools.groupby(sorted("mississippi"))
print([(k, len(list(v))) for k, v in pairs])
print(list(itertools.accumulate((i for i in range(1, 6)), lambda a, b: a * b)))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        yield 2
cl = closer(); next(cl)
try:
    cl.close()
except RuntimeError as e:
    print("RuntimeError:", e)
x = counter()
print(x.gi_running, x.gi_suspended if hasattr(x, 'gi_suspended') else None)
next(x)
import inspect
print(inspect.getgeneratorstate(x))
x.close()
print(inspect.getgeneratorstate(x))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(inspect.getgeneratorstate(t))
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__)

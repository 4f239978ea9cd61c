# generator functions
def gen(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = gen(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(list(g))
print(list(g))
def squares(): yield from (x * x for x in range(5))
print(list(squares()), sum(squares()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    return "done"
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(iter(g) is g, hasattr(g, "__next__"))
def early():
    return
    yield
print(list(early()))
def nested():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested()))

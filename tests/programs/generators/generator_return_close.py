# return values, closing exhausted/unstarted generators, generator as iterator in for
def g():
    x = yield 1
    print("x =", x)
    return x * 2
it = g()
print(next(it))
try:
    it.send(21)
except StopIteration as e:
    print("returned", e.value)
print(it.close(), next(it, "exhausted"))
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print(next(u, "closed before start"))
def counting():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c = counting()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
print(list(x for x in counting() if x > 100) if False else "skip infinite")
def in_try():
    try:
        yield 1
        yield 2
    finally:
        print("in_try finally")
for v in in_try():
    print("v", v)
print(sum(in_try()))

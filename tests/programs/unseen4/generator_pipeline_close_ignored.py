import inspect, traceback, sys
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closing")
    finally:
        print(prefix, "finally")
@coroutine
def filt(pred, target):
    try:
        while True:
            x = yield
            if pred(x):
                target.send(x)
    finally:
        target.close()
@coroutine
def broadcast(targets):
    while True:
        x = yield
        for t in targets:
            t.send(x)
p1 = printer("even:")
p2 = printer("big:")
b = broadcast([filt(lambda x: x % 2 == 0, p1), filt(lambda x: x > 3, p2)])
for i in range(6):
    b.send(i)
print(inspect.getgeneratorstate(b), inspect.getgeneratorstate(p1))
b.close()
print(inspect.getgeneratorstate(b), inspect.getgeneratorstate(p1))
def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except ValueError as e:
        print("inner caught", e)
        return "inner-ret"
def outer():
    r = yield from inner()
    print("outer r", r)
    yield r
g = outer()
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_frame.f_lineno)
print(g.send("hello"))
print(g.throw(ValueError("boom")))
print(g.gi_yieldfrom)
def bad():
    yield 1
    yield 2
g = bad()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError:
    traceback.print_exc(file=sys.stdout)
def ignores():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
g = ignores(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def retclose():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = retclose(); next(g)
print("close returns", g.close())
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

# the errors generators and coroutines raise
def stops():
    yield 1
    raise StopIteration("inner")
g = stops()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def returns():
    yield 1
    return (1, 2)
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)

def returns_none():
    yield
g = returns_none(); next(g)
try:
    next(g)
except StopIteration as e:
    print("none value", e.value, e.args)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "exhausted"))

async def once():
    return "x"
c = once()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = once()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("after close:", e)

def plain():
    yield 1
p = plain()
try:
    p.send("x")
except TypeError as e:
    print("TypeError:", e)
try:
    p.throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.throw(ValueError("a"), "b")
except TypeError as e:
    print("TypeError:", e)
try:
    p.throw(ValueError, "from-args")
except ValueError as e:
    print("ValueError:", e)
print(next(p, "p finished"))

async def a():
    pass
def notcoro():
    yield from a()
try:
    list(notcoro())
except TypeError as e:
    print("TypeError:", e)

def gen_with_ctx():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in handler"
        raise ValueError("v")
g = gen_with_ctx()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

# genexp scoping: the first iterable is evaluated at once, the rest lazily in the genexp
x = 10
ge = (x + y for y in range(3))
x = 20
print(list(ge))
class C:
    n = 5
    try:
        items = [n * i for i in range(3)]
    except NameError as e:
        print("NameError:", e)
    items = [i for i in range(3)]
    try:
        ge = list(i * n for i in range(3))
    except NameError as e:
        print("NameError:", e)
print(C.items)
try:
    ge = (1 / z for z in [1, 0])
    print(next(ge))
    print(next(ge))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, ge.gi_code.co_name)
print(list(ge), list(ge))

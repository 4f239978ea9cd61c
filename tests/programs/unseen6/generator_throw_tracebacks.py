import traceback, sys

def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    yield 3

def outer():
    r = yield from inner()
    print("outer after", r)
    yield "outer end"

def deep():
    x = yield from outer()

g = deep()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError:
    traceback.print_exc(file=sys.stdout)

g = deep()
next(g)
try:
    g.throw(ValueError, ValueError("x"), None)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

def gen_raises():
    yield 1
    raise IndexError("from gen")

def wrapper():
    yield from gen_raises()

w = wrapper()
next(w)
try:
    next(w)
except IndexError:
    print(traceback.format_exc())

def gen_stop():
    yield 1
    raise StopIteration("oops")
try:
    list(gen_stop())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
    traceback.print_exc(file=sys.stdout)

def closing():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
c = closing(); next(c)
try:
    c.close()
except ValueError:
    traceback.print_exc(file=sys.stdout)
g = deep()
next(g)
g.throw(KeyError("x"))
print(g.gi_frame.f_lineno, g.gi_yieldfrom.gi_frame.f_lineno, g.gi_yieldfrom.gi_yieldfrom.gi_frame.f_lineno)
raise_in = deep(); next(raise_in)
raise_in.throw(TypeError("final uncaught"))

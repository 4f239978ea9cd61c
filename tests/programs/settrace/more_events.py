# More places events come from: a module imported while tracing ('call' for its <module>
# code), class bodies, decorators, lambdas and generator expressions, with statements (the
# `with` line again on exit), a generator closed early (GeneratorExit), and a trace function
# that raises on an 'exception' event.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def tracer(frame, event, arg):
    name = os.path.basename(frame.f_code.co_filename)
    if not name.startswith(("more_events", "_traced_helper")):
        return None
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None), tuple, list)):
        arg = type(arg).__name__
    print(f"{event:9} {name[:-3]:15} {frame.f_code.co_qualname:24} {frame.f_lineno} {arg!r}")
    return tracer


def deco(fn):
    def wrapper(*a):
        return fn(*a) * 10
    return wrapper


@deco
def decorated(x):
    return x + 1


class Manager:
    def __enter__(self):
        return 5

    def __exit__(self, *exc):
        return False


def with_lines():
    with Manager() as m:
        a = m
        b = a + 1
    c = b + 1
    with Manager() as m, \
            Manager() as n:
        c += m + n
    return c


def gen():
    try:
        yield 1
        yield 2
    finally:
        pass


def expressions():
    f = lambda v: v * 3
    total = sum(x for x in range(3))
    g = gen()
    next(g)
    g.close()
    return f(total)


def raises():
    raise IndexError("i")


sys.settrace(tracer)
import _traced_helper
_traced_helper.helper(1)


class Local:
    a = 1
    b = a + 1

    def method(self):
        return self.b


Local().method()
decorated(1)
with_lines()
expressions()
sys.settrace(None)


def bad_on_exception(frame, event, arg):
    if frame.f_code.co_name == "raises":
        print("bad", event)
        if event == "exception":
            raise TypeError("replaced in tracer")
        return bad_on_exception
    return None


sys.settrace(bad_on_exception)
try:
    raises()
except Exception as e:
    print("caught", type(e).__name__, e, "gettrace:", sys.gettrace())
sys.settrace(None)
print("done")

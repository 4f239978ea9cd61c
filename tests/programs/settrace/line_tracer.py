# A line tracer: 'call', 'line' and 'return' events of plain functions, as sys.settrace
# reports them in CPython 3.12 (lines per co_lines, multi-line expressions, branches).
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_qualname
    extra = "" if event != "return" else f" -> {arg!r}"
    print(f"{event:7} {name:14} line {frame.f_lineno} lasti {frame.f_lasti}{extra}")
    return tracer


def add(a, b):
    return a + b


def branches(n):
    if n > 2:
        kind = "big"
    elif n > 0:
        kind = "small"
    else:
        kind = "zero"
    total = add(
        n,
        len(kind),
    )
    return kind, total


def nested(x):
    def inner(y):
        return y * 2
    values = [
        inner(x),
        inner(x + 1),
    ]
    return sum(values)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def uses_class():
    p = Point(3, -4)
    return p.norm1()


def one_liner(): return 42


def conditional_expr(flag):
    return ("yes"
            if flag
            else "no")


print("gettrace before:", sys.gettrace())
sys.settrace(tracer)
print("gettrace is tracer:", sys.gettrace() is tracer)
branches(3)
branches(0)
nested(5)
uses_class()
one_liner()
conditional_expr(True)
conditional_expr(False)
sys.settrace(None)
print("gettrace after:", sys.gettrace())
branches(1)
print("done")

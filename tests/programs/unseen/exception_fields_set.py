# Assigning an exception's own fields: __traceback__, __cause__, __context__,
# __suppress_context__, args; and the order of the group except* re-raises.
import contextlib


def chain(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def fail():
    raise ValueError("x")


try:
    fail()
except ValueError as e:
    saved, first = e.__traceback__, e


def rethrow():
    try:
        raise first
    except ValueError as e3:
        e3.__traceback__ = saved
        print("in rethrow", chain(e3.__traceback__))
        raise


try:
    rethrow()
except ValueError as e4:
    print("caller", chain(e4.__traceback__))

e = ValueError(1)
e.__cause__ = KeyError(2)
print(repr(e.__cause__), e.__suppress_context__, e.__dict__)
e.__suppress_context__ = False
e.__context__ = TypeError(3)
e.args = [5, 6]
print(str(e), e.args, repr(e.__context__), e.__suppress_context__, e.__dict__)
for name, value in [("__cause__", 5), ("__context__", "s"), ("__traceback__", 1)]:
    try:
        setattr(e, name, value)
    except TypeError as err:
        print(name, "->", err)
for name in ["args", "__traceback__", "__cause__"]:
    try:
        delattr(e, name)
    except TypeError as err:
        print("del", name, "->", err)
e.__traceback__ = None
e.__cause__ = None
print(e.__traceback__, e.__cause__, e.__suppress_context__)


class Wrapped(Exception):
    pass


def convert():
    try:
        {}["k"]
    except KeyError as k:
        w = Wrapped("wrapped")
        w.__cause__ = k
        raise w


try:
    convert()
except Wrapped as w:
    print(repr(w.__cause__), w.__suppress_context__, w.__dict__)

try:
    try:
        raise ExceptionGroup("grp", [ValueError("v1"), TypeError("t1")])
    except* ValueError:
        raise KeyError("after")
except ExceptionGroup as eg:
    print([type(x).__name__ for x in eg.exceptions], repr(eg.exceptions[0].__context__))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return deep(n - 1)


with tag("outer"):
    deep(2)

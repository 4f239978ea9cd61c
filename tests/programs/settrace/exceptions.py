# 'exception' events: where an exception is raised and in each frame it propagates into,
# then 'return' None when it leaves a frame; try/except/finally, with, re-raise.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "exception":
        typ, value, tb = arg
        arg = f"{typ.__name__}({value}) tb_lineno={tb.tb_lineno if tb else None}"
    elif not isinstance(arg, (str, int, type(None))):
        arg = type(arg).__name__
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return tracer


def fail(n):
    if n == 0:
        raise KeyError("zero")
    return fail(n - 1)


def catch():
    try:
        fail(2)
    except KeyError as e:
        print("caught", e)
    finally:
        print("finally")


def reraise():
    try:
        fail(0)
    except KeyError:
        raise


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        print("exit with", typ.__name__ if typ else None)
        return True


def with_block():
    with Manager():
        raise RuntimeError("inside with")
    return "after with"


def finally_return():
    try:
        return "from try"
    finally:
        print("cleanup")


sys.settrace(tracer)
catch()
try:
    reraise()
except KeyError:
    print("reraised")
try:
    chained()
except ValueError as e:
    print("chained", repr(e.__cause__))
print(with_block())
print(finally_return())
sys.settrace(None)
print("done")

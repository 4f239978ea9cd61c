# modules: linecache
import traceback, sys

def inner(x):
    return x[3] + 1

def middle(d):
    return inner(d) * 2

def outer():
    return middle({"a": 1})

try:
    outer()
except Exception:
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, file=sys.stdout)
    traceback.print_exc(limit=-1, file=sys.stdout)
    t, v, tb = sys.exc_info()
    print(traceback.extract_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename == __file__, fs.lineno, fs.name, fs.line, tuple(fs), len(fs))
    print(traceback.format_tb(tb))
    print(traceback.format_exception_only(v))
    print(traceback.format_exception_only(t, v))

def a(): return 1 / 0
try:
    a()
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(e, chain=False)))

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("during")
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)

def rec(n):
    if n == 0:
        raise OverflowError("deep")
    return rec(n - 1)
try:
    rec(10)
except OverflowError:
    traceback.print_exc(file=sys.stdout)

class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr:
    traceback.print_exc(file=sys.stdout)
e = MyErr("with note")
e.add_note("note one")
e.add_note("note\ntwo")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(KeyError("k")))

def stack_here():
    return traceback.extract_stack()
s = stack_here()
print(s[-1].name, s[-1].line, len(s) >= 2)
print("".join(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)])))
x = [1, 2]
try:
    x[1] + x[5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    (x
     [9])
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    x.appendd(3)
except AttributeError:
    traceback.print_exc(file=sys.stdout)
try:
    prnt("x")
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    sys2 = 1
    os
except NameError:
    traceback.print_exc(file=sys.stdout)

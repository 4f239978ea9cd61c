# the traceback module: print_stack/extract_stack, format_exception_only, extract_tb, chains, limits
import traceback, sys
def f():
    return g()
def g():
    traceback.print_stack()
    return traceback.extract_stack()
st = f()
print([ (fs.name, fs.lineno, fs.line) for fs in st][-3:])
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exc().splitlines()[-1])
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), tb[0].name, tb[0].line, repr(tb[0]).startswith("<FrameSummary file "), repr(tb[0]).endswith(" line 11 in <module>>"))
    print("".join(traceback.format_exception(e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()))
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("x") from e
except ValueError as e:
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print(len("".join(traceback.format_exception(e)).splitlines()))
    traceback.print_exception(e, limit=1)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    deep(n - 1)
try:
    deep(20)
except RuntimeError:
    traceback.print_exc(limit=-3)
    print(traceback.format_exc(limit=2).count("File"))

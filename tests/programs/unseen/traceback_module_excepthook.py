import sys
import traceback
import linecache

def level3(d):
    return d["missing"]

def level2(d):
    return level3(d) + 1

def level1():
    try:
        level2({})
    except KeyError:
        return sys.exc_info()

etype, evalue, tb = level1()
print(etype.__name__, repr(evalue))
for fs in traceback.extract_tb(tb):
    print(fs.name, fs.lineno, fs.line, fs.filename.endswith("p31_traceback_module.py"))
print([(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(tb)])
print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"))
te = traceback.TracebackException(etype, evalue, tb)
print(te.exc_type.__name__, len(te.stack), list(te.format_exception_only()))
def show_stack():
    st = traceback.extract_stack(limit=3)
    return [(f.name, f.lineno) for f in st]
def caller():
    return show_stack()
print(caller())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    out = traceback.format_exception(e, chain=True)
    print(len(out))
    print("".join(out).replace(__file__, "FILE"))
    print(traceback.format_exception(e, chain=False)[-1], end="")
    print("".join(traceback.format_exception(e, limit=0)).replace(__file__, "FILE"))

def hook(exctype, value, tb):
    print("custom hook:", exctype.__name__, value, "frames:", len(traceback.extract_tb(tb)), file=sys.stdout)
sys.excepthook = hook
class Outer:
    class Inner(Exception):
        pass
err = Outer.Inner("nested class error")
print(traceback.format_exception_only(type(err), err))
e2 = SyntaxError("bad syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print("".join(traceback.format_exception_only(e2)))
print(linecache.getline(__file__, 5).strip())
raise Outer.Inner("goes to hook")

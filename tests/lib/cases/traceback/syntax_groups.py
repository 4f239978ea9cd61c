# modules: linecache
import traceback, sys
try:
    compile("x = (1 +\n", "<src>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    compile("  a b c", "file.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
e = SyntaxError("custom")
print(traceback.format_exception_only(e))
e = SyntaxError("custom", ("f.py", None, None, None))
print(traceback.format_exception_only(e))

def f(v):
    raise ValueError(v)
errs = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        errs.append(e)
try:
    raise ExceptionGroup("many", errs + [ExceptionGroup("inner", [TypeError("t")])])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)))
print("".join(traceback.format_exception(big, limit=0)))
te = traceback.TracebackException.from_exception(big, max_group_width=2)
print("".join(te.format()))

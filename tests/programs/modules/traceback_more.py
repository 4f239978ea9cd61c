# traceback: walk_stack(None) through StackSummary.extract (with limits), captured locals,
# custom frame formats, limits on tracebacks, chains, groups, notes, suggestions.
import sys
import traceback

def inner(k, v):
    a = 1
    return traceback.StackSummary.extract(traceback.walk_stack(None), capture_locals=True,
                                          limit=1)
s = inner(3, 4)
print([line.replace(__file__, "FILE") for line in s.format()])

class Short(traceback.StackSummary):
    def format_frame_summary(self, fs):
        return None if fs.name == "skip_me" else "%s:%s\n" % (fs.name, fs.lineno)
def skip_me():
    return Short.extract(traceback.walk_stack(None), limit=2)
print(skip_me().format())
def level3():
    return traceback.extract_stack(limit=-2), traceback.extract_stack(limit=0)
last2, none = level3()
print([(f.name, f.lineno) for f in last2], none)

def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)
try:
    fail(6)
except ValueError as e:
    err = e
for lim in (None, 2, -2, 0):
    print(lim, "".join(traceback.format_exception(err, limit=lim)).replace(__file__, "FILE"))
sys.tracebacklimit = 1
print("".join(traceback.format_tb(err.__traceback__)).replace(__file__, "FILE"))
del sys.tracebacklimit

try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError as e:
    e.add_note("a note\nover two lines")
    chained = e
print("".join(traceback.format_exception(chained)).replace(__file__, "FILE"))
print("".join(traceback.format_exception(chained, chain=False)).replace(__file__, "FILE"))
te = traceback.TracebackException.from_exception(chained)
print(str(te), te.exc_type.__name__, type(te.__cause__).__name__, te.__context__ is None,
      te.__suppress_context__, len(te.stack))
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(4)] +
                         [ExceptionGroup("inner", [TypeError("t")])])
except ExceptionGroup as g:
    group = g
print("".join(traceback.format_exception(group, limit=0)))
te = traceback.TracebackException.from_exception(group, max_group_width=2, max_group_depth=1)
print("".join(te.format()).replace(__file__, "FILE"))
spelling = 1
try:
    speling
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    sys.maxsiz
except AttributeError as e:
    print(traceback.format_exception_only(e))
try:
    textwrap
except NameError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "  x = = 1\n", 3, 6))))
print(traceback.format_exception_only(ValueError, ValueError("old form")))
print(traceback.format_list([("a.py", 1, "f", "line text"), ("b.py", 2, "g", None)]))
fs = traceback.FrameSummary("x.py", 5, "fn", line="  code  ")
print(repr(fs), fs.line, list(fs), fs == ("x.py", 5, "fn", "code"), len(fs), fs[2],
      fs.end_lineno, fs.colno)
try:
    traceback.format_exception(err, err)
except ValueError as e:
    print("ValueError", e)
try:
    traceback.print_exception(42)
except TypeError as e:
    print("TypeError", e)
print(traceback.format_exception(None), repr(traceback._sentinel))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr()))
traceback.print_exception(err, limit=1, file=sys.stdout)

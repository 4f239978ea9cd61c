import traceback, sys

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

for exc in [BadStr("x"), Custom(404, "missing"), KeyError("k"), KeyError(), KeyError("a", "b"), OSError(2, "No such file", "f.txt"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), SystemExit(3), StopIteration(5), ValueError()]:
    print(repr(exc) if not isinstance(exc, BadStr) else "BadStr", "|", "".join(traceback.format_exception_only(exc)), end="")

def layered():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            e.add_note("note one")
            e.add_note("note two")
            raise KeyError("middle") from e
    except KeyError:
        raise RuntimeError("outer") from None

try:
    layered()
except RuntimeError as e:
    print(e.__suppress_context__, repr(e.__context__), repr(e.__cause__))
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(e.__context__, limit=1)))

try:
    raise ExceptionGroup("batch failed", [ValueError("v1"), ExceptionGroup("nested", [TypeError("t1"), KeyError("k")]), OSError("os")])
except* ValueError as eg:
    print("got", repr(eg))
except* (TypeError, KeyError) as eg:
    print("got", repr(eg), eg.exceptions)
    eg2 = eg
except* OSError:
    print("os")
eg = ExceptionGroup("top", [ValueError(1), TypeError(2)])
print(eg.split(ValueError), eg.subgroup(lambda e: isinstance(e, TypeError)), eg.derive([KeyError(3)]))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("bad", [1])
except TypeError as e:
    print(e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
sys.stderr = sys.stdout
def f3():
    raise ExceptionGroup("many", [ValueError("a"), ExceptionGroup("sub", [ZeroDivisionError("z")])])
try:
    f3()
except Exception as e:
    traceback.print_exc()
try:
    raise BadStr()
except BadStr as e:
    traceback.print_exc()
class Weird(Exception):
    pass
Weird.__module__ = "pkg.mod"
try:
    raise Weird("w")
except Weird:
    traceback.print_exc()
print(traceback.format_exception_only(Weird, Weird("q")), traceback.format_exc().splitlines()[-1])
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    deep(n - 1)
try:
    deep(3)
except IndexError:
    traceback.print_exc(limit=2)
    traceback.print_exc(limit=-1)
    print(len(traceback.extract_tb(sys.exc_info()[2])), traceback.extract_tb(sys.exc_info()[2])[-1].name)
    for fs in traceback.extract_tb(sys.exc_info()[2]):
        print(fs.lineno, fs.name, fs.line, fs.colno if hasattr(fs, "colno") else "")
raise Custom(500, "fatal") from ValueError("root cause")

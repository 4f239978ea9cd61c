# Exception objects: args/str/repr per class, notes, cause/context/suppress, OSError's errno
# subclasses, subclasses with their own __init__, StopIteration/SystemExit values,
# ExceptionGroup split/subgroup, keyword-only members (AttributeError(name=, obj=), NameError(name=)).
e = ValueError("a", 1)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.add_note("n1"); e.add_note("n2"); print(e.__notes__)
try: e.add_note(5)
except TypeError as x: print(x)
print(str(ValueError()), repr(ValueError()), str(ValueError("x")), str(KeyError("k")), repr(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)), str(OSError(2, "No such")), OSError(2, "x").errno, type(OSError(2, "x")).__name__)
print(type(OSError(13, "denied")).__name__, OSError(2, "x", "file").filename, str(OSError(2, "x", "f")))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(3); print(m.args, m.code, str(m))
class NoSuper(Exception):
    def __init__(self, x): self.x = x
n = NoSuper(5); print(n.args, str(n), repr(n))
try:
    try: 1 / 0
    except ZeroDivisionError as z: raise ValueError("v") from z
except ValueError as v: print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
try:
    try: 1 / 0
    except ZeroDivisionError: raise ValueError("w") from None
except ValueError as v: print(v.__cause__, v.__suppress_context__, type(v.__context__).__name__)
e = Exception(); e.args = [1, 2]; print(e.args, type(e.args).__name__)
try: e.__traceback__ = 5
except TypeError as x: print(x)
try: e.__cause__ = 5
except TypeError as x: print(x)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason, str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(ExceptionGroup("g", [ValueError(1), TypeError(2)]).exceptions, str(ExceptionGroup("g", [ValueError(1)])))
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
print(eg.subgroup(ValueError), eg.split(TypeError))
try: ExceptionGroup("g", [])
except ValueError as x: print(x)
try: ExceptionGroup("g", [1])
except ValueError as x: print(x)
print(type(BaseExceptionGroup("g", [ValueError()])).__name__, type(BaseExceptionGroup("g", [KeyboardInterrupt()])).__name__)
print(AttributeError("m", name="n", obj=1).name, NameError("x", name="y").name, ImportError("m", name="a", path="p").path)
print(issubclass(ModuleNotFoundError, ImportError))
e = AttributeError("m", obj=5); print(e.obj, e.name, e.args)
print(UnboundLocalError("m", name="z").name)
for c, kw in ((AttributeError, {"x": 1}), (NameError, {"obj": 1}), (UnboundLocalError, {"q": 1}),
              (ValueError, {"name": 1}), (ModuleNotFoundError, {"obj": 1})):
    try: c("m", **kw)
    except TypeError as e: print(e)

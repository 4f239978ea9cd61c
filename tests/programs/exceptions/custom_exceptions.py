# user exception classes
class AppError(Exception):
    """Base error."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"not found: {self.key}"
class NoArgs(Exception):
    pass
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.key, isinstance(e, Exception))
print(repr(NoArgs()), str(NoArgs()), repr(NoArgs(1, 2)), str(NoArgs(1, 2)), str(NoArgs("solo")))
e = ValueError("x")
e.add_note("a note")
print(e.__notes__, e.with_traceback(None) is e)
print(KeyError("k"), repr(KeyError("k")), str(KeyError()), KeyError("a", "b"))
print(OSError(2, "No such file"), OSError(2, "No such file").errno, OSError("plain"))
print(StopIteration(5).value, SystemExit(3).code, UnicodeError("u"), issubclass(FileNotFoundError, OSError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in ModuleNotFoundError.__mro__])
class Custom(Exception):
    pass
raise Custom("uncaught custom", 42)

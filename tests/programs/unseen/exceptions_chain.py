"""Exception chaining, custom hierarchies, finally ordering, ExceptionGroup, traceback text."""
import traceback


class AppError(Exception):
    """Base for the app."""


class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class ValidationError(AppError, ValueError):
    pass


def parse(text):
    result = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ParseError(n, "expected key=value") from e
        try:
            result[key.strip()] = int(value)
        except ValueError:
            raise ParseError(n, f"bad number {value.strip()!r}")
    return result


print(parse("a = 1\n# c\n\nb=2"))
for text in ["a=1\nb", "x = 1\ny = two", "a=1=2"]:
    try:
        parse(text)
    except ParseError as e:
        print(repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)

try:
    raise ValidationError("bad")
except ValueError as e:
    print("caught as ValueError:", type(e).__mro__[:4])


def order():
    try:
        print("try")
        return "from try"
    finally:
        print("finally")


print(order())


def finally_wins():
    try:
        return 1
    finally:
        return 2  # noqa


print(finally_wins())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))


def nested():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


try:
    nested()
except RuntimeError:
    text = traceback.format_exc()
    print(text.count("Traceback"), "direct cause" in text)
    print(text.splitlines()[-1])

try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)

eg = ExceptionGroup("g", [KeyError(1), ExceptionGroup("inner", [OSError("o")])])
match, rest = eg.split(OSError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))

e = ValueError("with note")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
print("".join(traceback.format_exception_only(type(e), e)), end="")

try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "", e.args)
err = OSError(2, "No such file", "x.txt")
print(err, err.errno, err.filename, type(err).__name__, isinstance(err, FileNotFoundError))
print(repr(KeyError("key")), str(KeyError("key")), str(KeyError()), repr(StopIteration(5).value))
print(issubclass(KeyError, LookupError), ZeroDivisionError.__mro__)


def risky():
    try:
        raise ValueError("first")
    finally:
        print("finally in risky")


def caller():
    try:
        risky()
    except ValueError as e:
        raise LookupError("second") from e


caller()

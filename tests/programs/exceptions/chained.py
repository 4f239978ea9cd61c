# exception chaining: __context__, __cause__, __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("while handling") 
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("explicit") from e
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__), r.__suppress_context__)
try:
    try:
        raise OSError("hidden")
    except OSError:
        raise LookupError("clean") from None
except LookupError as l:
    print(l.__cause__, repr(l.__context__), l.__suppress_context__)
import traceback
def show():
    try:
        try:
            int("x")
        except ValueError as e:
            raise TypeError("second") from e
    except TypeError:
        traceback.print_exc()
show()
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError as inner:
            return inner
err = ctx()
print(repr(err), repr(err.__context__), err.__context__.__context__)

# exceptions raised in except/finally/else blocks, bare raise, re-raise
def f(mode):
    try:
        raise ValueError("original")
    except ValueError:
        if mode == "reraise":
            raise
        if mode == "new":
            raise KeyError("new one")
        return "handled"
for mode in ["handled", "reraise", "new"]:
    try:
        print(mode, f(mode))
    except Exception as e:
        print(mode, "->", type(e).__name__, e, "| context:", repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def g():
    try:
        return 1
    finally:
        print("finally in g")
print(g())
import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def nested_handlers():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            raise TypeError(2) from e
    except TypeError as t:
        return repr(t), repr(t.__cause__)
print(nested_handlers())
def raise_type():
    raise IndexError
try:
    raise_type()
except IndexError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

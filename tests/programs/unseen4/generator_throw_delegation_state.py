import traceback, sys, inspect
def leaf():
    try:
        yield "leaf-1"
    except KeyError:
        print("leaf state inside", inspect.getgeneratorstate(top))
        raise ValueError("leaf converted")
    yield "leaf-2"
def middle():
    r = yield from leaf()
    return r
def topgen():
    try:
        yield from middle()
    except ValueError as e:
        print("top caught", e, "context", repr(e.__context__))
        yield "recovered"
        raise
top = topgen()
print(next(top))
print(top.gi_yieldfrom.__name__, top.gi_yieldfrom.gi_yieldfrom.__name__, top.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
print(top.throw(KeyError("k")))
try:
    next(top)
except ValueError:
    print(traceback.format_exc())
def thrower():
    yield 1
g = thrower()
try:
    g.throw(ValueError)
except ValueError as e:
    print("unstarted throw", repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])
print(inspect.getgeneratorstate(g))
g = thrower(); next(g)
tb = None
try:
    raise OSError(2, "No such thing")
except OSError as e:
    tb = e.__traceback__
try:
    g.throw(OSError, OSError(2, "x"), tb)
except OSError as e:
    print("3-arg throw", e, len(traceback.extract_tb(e.__traceback__)))
import warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    g = thrower(); next(g)
    try:
        g.throw(RuntimeError, "msg")
    except RuntimeError as e:
        print("2-arg", repr(e))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
def reraise_in_finally():
    try:
        yield 1
    finally:
        raise TypeError("from finally")
g = reraise_in_finally(); next(g)
try:
    g.close()
except TypeError as e:
    print("close raised", e, repr(e.__context__))
def stopiter_in_gen():
    yield 1
    raise StopIteration("bad")
try:
    list(stopiter_in_gen())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

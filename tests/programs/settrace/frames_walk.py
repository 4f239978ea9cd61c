# Frames as a teacher shows them: sys._getframe and f_back, f_locals snapshots, f_lineno and
# f_lasti of callers, frame attributes after the frame returned.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f"{f.f_code.co_name}:{f.f_lineno}"


def chain():
    out = []
    f = sys._getframe()
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def level3(c):
    d = c * 2
    print("chain:", chain())
    print("caller of level3:", where(2))
    frame = sys._getframe()
    print("locals:", sorted(frame.f_locals.items()))
    print("back locals:", sorted(frame.f_back.f_locals))
    print("f_lasti of caller is a CALL:", frame.f_back.f_lasti > 0)
    return frame


def level2(b):
    tmp = b + 1
    return level3(tmp)


def level1(a):
    return level2(a)


fr = level1(1)
print("returned frame:", fr.f_code.co_name, fr.f_lineno, fr.f_back)
print("f_locals after return:", sorted(fr.f_locals.items()))
print("f_globals is globals():", fr.f_globals is globals())
print("module frame back:", sys._getframe().f_back)
print("f_builtins has len:", "len" in sys._getframe().f_builtins)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)


def snapshot():
    x = 1
    snap1 = dict(sys._getframe().f_locals)
    y = 2
    snap2 = dict(sys._getframe().f_locals)
    return sorted(snap1), sorted(snap2)


print(snapshot())


def closure_frames():
    outer_var = "outer"

    def inner():
        return sys._getframe().f_locals, outer_var

    return inner()


loc, _ = closure_frames()
print("inner f_locals:", loc)


class Body:
    here = sys._getframe().f_code.co_name
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))


print("class body frame:", Body.here, Body.names)
print("frame repr has code name:", "code level3" in repr(fr))

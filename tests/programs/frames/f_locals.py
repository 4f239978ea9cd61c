# f_locals snapshots
import sys
def f(a, b=2):
    c = a + b
    frame = sys._getframe()
    print(sorted(frame.f_locals.items(), key=lambda kv: kv[0]) if False else list(frame.f_locals))
    d = 4
    print(list(frame.f_locals), frame.f_locals["c"], frame.f_locals["d"])
    return frame
fr = f(1)
print(sorted(fr.f_locals))
def closure():
    x = 10
    def inner():
        y = x + 1
        return sys._getframe().f_locals
    return inner()
print(closure())
print(locals() is globals(), sorted(k for k in locals() if not k.startswith("__")))
def loc():
    p, q = 1, 2
    return locals()
print(loc())
class C:
    a = 1
    b = sorted(locals())
print(C.b)
def gen():
    i = 0
    while True:
        i += 1
        yield sys._getframe().f_locals.copy()
g = gen()
print(next(g), next(g))

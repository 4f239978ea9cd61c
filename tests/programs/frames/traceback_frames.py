# walking a traceback's frames and their locals
import sys
def inner(x):
    y = x * 2
    raise ValueError(y)
def outer():
    local_in_outer = "here"
    inner(21)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, sorted(k for k in f.f_locals if k not in ("e", "tb", "f") and not k.startswith("__")) if f.f_code.co_name != "<module>" else "module")
        tb = tb.tb_next
def frames_of_generator():
    def g():
        yield sys._getframe().f_back.f_code.co_name
        yield sys._getframe().f_back.f_code.co_name
    gen = g()
    a = next(gen)
    def other():
        return next(gen)
    return a, other()
print(frames_of_generator())
def caller_name():
    return sys._getframe(1).f_code.co_qualname
class K:
    def method(self):
        return caller_name()
print(K().method(), (lambda: caller_name())())

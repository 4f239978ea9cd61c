# f_lasti is the byte offset of the instruction running (the CALL)
import sys
def probe():
    return sys._getframe(1).f_lasti
def target():
    x = 1
    a = probe()
    y = x + 2
    b = probe()
    return a, b
print(target())
def same_offset():
    return [probe() for _ in range(2)]
print(same_offset())
def in_loop():
    out = []
    for i in range(3):
        out.append(probe())
    return out
print(in_loop())
f = sys._getframe()
print(f.f_lasti, type(f.f_lasti).__name__)
def gen():
    f = sys._getframe()
    yield f.f_lasti
    yield f.f_lasti
g = gen()
print(next(g), next(g))
print(g.gi_frame.f_lasti)

# frame objects outlive their call; f_globals, f_builtins, f_code identity
import sys
def make():
    a = 1
    return sys._getframe()
f = make()
print(f.f_code is make.__code__, f.f_locals, f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(f.f_builtins).__name__)
print(f.f_back is None, f.f_code.co_name, f.f_lineno)
print(repr(f).startswith("<frame at 0x"), "make" in repr(f))
def show_trace():
    return sys._getframe().f_trace
print(show_trace())
g = sys._getframe()
print(g.f_back, g.f_code.co_name, g.f_locals is g.f_globals)

# inspect.currentframe, f_back, f_code, f_lineno
import inspect, sys
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno
def caller():
    return where()
print(where())
print(caller())
def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names
def a(): return chain()
def b(): return a()
print(b())
f = inspect.currentframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), f.f_locals is globals(), f.f_code.co_filename.endswith("currentframe.py"))
print(sys._getframe(0).f_code.co_name, sys._getframe().f_lineno)
def g():
    return sys._getframe(1).f_code.co_name
def h():
    return g()
print(h())

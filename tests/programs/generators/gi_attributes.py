# gi_* attributes and generator states
import inspect
def g():
    x = 1
    yield x
    x = 2
    yield x
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_code.co_name, gen.gi_yieldfrom, gen.gi_suspended)
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame.f_locals, gen.gi_frame.f_lineno, gen.gi_suspended)
next(gen)
print(gen.gi_frame.f_locals, gen.gi_frame.f_lineno)
for _ in gen: pass
print(inspect.getgeneratorstate(gen), gen.gi_frame)
def me():
    yield inspect.getgeneratorstate(m), m.gi_running
m = me()
print(next(m))
def outer():
    yield from inner()
def inner():
    yield 1
    yield 2
o = outer(); next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_frame.f_lineno)
print(g.__code__.co_flags & 0x20 != 0, inspect.isgeneratorfunction(g), inspect.isgenerator(gen))
def running():
    try:
        next(r)
    except ValueError as e:
        yield str(e)
r = running()
print(next(r))

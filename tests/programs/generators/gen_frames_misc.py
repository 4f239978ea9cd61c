# generator frames (f_lasti, f_lineno, f_locals), closing from inside, with-blocks, throw with a traceback,
# return in finally, genexp send, exc_info inside a generator, deep yield from, uncaught in a generator
import sys, traceback
def g():
    yield 1
    yield 2
it = g()
print(it.gi_frame.f_lasti, it.gi_frame.f_lineno)
next(it)
print(it.gi_frame.f_lasti, it.gi_frame.f_lineno, it.gi_frame.f_locals)
def selfclose():
    yield me.close()
me = selfclose()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def withgen():
    with CM():
        yield "in with"
w = withgen(); print(next(w)); w.close()
def tb_gen():
    try:
        yield
    except Exception as e:
        print("got tb", e.__traceback__ is not None)
        yield "after"
t = tb_gen(); next(t)
try:
    raise KeyError("x")
except KeyError as e:
    saved = e
print(t.throw(saved))
def fin_return():
    try:
        yield 1
    finally:
        return "from finally"
f = fin_return(); next(f)
try:
    next(f)
except StopIteration as e:
    print("stop", e.value)
ge = (x for x in range(3))
print(next(ge), ge.send(None))
try:
    ge.send(5)
except Exception as e:
    print(type(e).__name__)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])
def gen_exc_info():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
gx = gen_exc_info()
print(next(gx), sys.exc_info())
try:
    raise TypeError("outer")
except TypeError:
    print(next(gx), sys.exc_info()[0].__name__)
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(50)))
print(list(zip(g(), g())))
def uncaught_in_gen():
    yield 1
    1/0
u = uncaught_in_gen()
next(u)
try:
    next(u)
except ZeroDivisionError:
    traceback.print_exc()
print(u.gi_frame)

# What CPython prints when a generator cannot be finalized cleanly: the unraisable hook.
import gc
import sys


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn: ignoring GeneratorExit")
        yield 2


def raiser_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


class Noisy:
    def __del__(self):
        raise ValueError


print("1. generator ignores GeneratorExit when deleted")
g = stubborn()
next(g)
del g
gc.collect()

print("2. finally raises while the generator is closed by del")
g = raiser_in_finally()
next(g)
del g

print("3. the same inside a function")


def owner():
    local = stubborn()
    next(local)
    print("  owner returns")


owner()

print("4. __del__ raising a bare class")
n = Noisy()
del n

print("5. a custom sys.unraisablehook sees the details")


def hook(u):
    tb = u.exc_traceback
    print("  hook:", u.exc_type.__name__, repr(str(u.exc_value)), u.err_msg,
          type(u.object).__name__, tb.tb_frame.f_code.co_name if tb else None,
          tb.tb_lineno if tb else None)


print(" ", sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook
g = stubborn()
next(g)
del g
n = Noisy()
del n
g = raiser_in_finally()
next(g)
del g


def bad_hook(u):
    raise RuntimeError("the hook failed")


sys.unraisablehook = bad_hook
n = Noisy()
del n
sys.unraisablehook = sys.__unraisablehook__
print("6. explicit close() re-raises instead")
g = raiser_in_finally()
next(g)
try:
    g.close()
except KeyError as e:
    print("  close raised", repr(e), "context:", repr(e.__context__))
print("end")

# decorators built from closures
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=2):
    """Adds."""
    return a + b
add(1); add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name): return "hi " + name
print(hi("bo"))
def d1(f): print("apply d1"); return lambda: "d1(" + f() + ")"
def d2(f): print("apply d2"); return lambda: "d2(" + f() + ")"
@d1
@d2
def base(): return "base"
print(base())
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class K: pass
print(K.decorated)

# parameters: defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 5, 6, 7, c=3, e=9), f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos(a, b, /, c, *, d): return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)
def g(x): return x
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(y=1)
except TypeError as e:
    print("TypeError:", e)
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__name__, f.__qualname__)
def ann(x: int, y: "str" = "s") -> list: pass
print(ann.__annotations__)
lam = lambda *a, **k: (a, k)
print(lam(1, x=2), lam.__name__)
def kwonly(*, a): return a
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
print((lambda: (yield))().__class__.__name__)
def many(*args): return len(args)
print(many(*range(100)), many(*"abc", *[1]), dict(**{"a": 1}, b=2))
try:
    dict(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)

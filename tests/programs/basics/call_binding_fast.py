# Keyword, default, *args and keyword-only binding on CALL's fast path (simple_frame) and
# the errors that fall back to the general binder.
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
def g(a, b=2, *args, c, d=4): return (a, b, args, c, d)
def h(a, /, b, *, c=3): return (a, b, c)
def k(x, y=[1], *, z): return (x, y, z)
print(g(1, c=3)); print(g(1, 5, 6, 7, c=3, d=9)); print(g(1, d=1, c=2)); print(g(c=0, a=9))
print(h(1, b=2)); print(h(1, 2, c=9))
print(k(1, z=2)); print(k(y=0, x=1, z=2))
for call in [lambda: g(1), lambda: g(1, c=1, c2=3), lambda: h(a=1, b=2), lambda: g(1, a=2, c=3), lambda: k(1, 2, 3, z=1), lambda: k(z=1)]:
    try: call()
    except TypeError as e: print(e)
def m(a, b, c, d, e, f, g, h, i, j): return a+b+c+d+e+f+g+h+i+j
print(m(1, 2, 3, 4, 5, 6, 7, 8, 9, j=10), m(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10))
def v(*args, a=1): return args, a
print(v(), v(1, 2, a=3))
g.__defaults__ = (7,); g.__kwdefaults__ = {'c': 1, 'd': 5}
print(g(1), g(1, 2, d=0))
g.__kwdefaults__ = None
try: g(1)
except TypeError as e: print(e)

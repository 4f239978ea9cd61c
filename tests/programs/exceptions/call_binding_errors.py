# Which argument error a call reports when several apply: CPython binds keywords (and
# raises their errors) before it reports surplus positional arguments.
def f(a): pass
def g(a, b=2, *, c=3): pass
def h(a, /, b): pass
def k(a, /, **kw): return kw
def m(*, x): pass
calls = [
    lambda: f(1, 2, c=3),
    lambda: f(1, 2, a=3),
    lambda: f(1, 2),
    lambda: g(1, 2, 3, c=4),
    lambda: g(1, 2, 3, d=4),
    lambda: g(1, 2, 3),
    lambda: g(),
    lambda: h(a=1, b=2),
    lambda: h(1, a=1, b=2),
    lambda: h(1, 2, 3, a=1),
    lambda: h(1, 2, zz=1, a=5),
    lambda: h(1, b=2, zz=1),
    lambda: k(1, a=2),
    lambda: m(1),
    lambda: m(1, x=2),
    lambda: m(1, y=2),
    lambda: m(),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(e)

import dis
def calls(obj, f, *args, **kw):
    f(1, 2)
    obj.method(3)
    f(*args)
    f(**kw)
    f(1, key=2)
    print(len(args))
    return obj.attr.sub
def build():
    a = [1, 2, 3]
    b = {"k": 1, "j": 2}
    c = {1, 2}
    d = (*a, 4)
    e = [*a, *a]
    f = {**b, "z": 0}
    return a[0], b["k"], a[1:2], f"{a}-{b!r:>10}"
dis.dis(calls)
dis.dis(build)

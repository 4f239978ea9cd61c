import sys, inspect, dis

def show_stack(label):
    f = sys._getframe(1)
    parts = []
    while f:
        parts.append(f"{f.f_code.co_name}@{f.f_lineno}")
        f = f.f_back
    print(label, " <- ".join(parts))

def gen():
    show_stack("gen first")
    yield 1
    show_stack("gen second")
    yield 2

def driver1(g):
    return next(g)

def driver2(g):
    return next(g)

g = gen()
driver1(g)
driver2(g)

async def coro():
    show_stack("coro")
    await sub()

async def sub():
    show_stack("sub")

c = coro()
try:
    c.send(None)
except StopIteration:
    pass

def outer():
    x = 10
    def inner():
        frame = sys._getframe()
        print("inner locals", frame.f_locals, "free", frame.f_code.co_freevars)
        print("outer sees", frame.f_back.f_locals.keys())
        return x
    return inner()
outer()

def lasti_demo():
    f = sys._getframe()
    a = f.f_lasti
    b = f.f_lasti
    ins = {i.offset: i.opname for i in dis.get_instructions(lasti_demo)}
    print(b - a, ins[a], ins[b])
lasti_demo()
def lineno_demo():
    f = sys._getframe()
    print(f.f_lineno,
          f.f_lineno)
    return (f.f_lineno
            +
            0)
print(lineno_demo())
print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_globals["__name__"])
fi = inspect.getframeinfo(inspect.currentframe(), context=3)
print(fi.lineno, fi.index, [l.rstrip() for l in fi.code_context])
print(inspect.getouterframes(inspect.currentframe())[0][3])
def rec(n):
    if n == 0:
        return [f.function for f in inspect.stack()]
    return rec(n - 1)
print(rec(3))

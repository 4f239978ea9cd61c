# exceptions and generators: StopIteration inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("leak")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def raiser():
    yield 1
    raise ValueError("from generator")
try:
    for v in raiser():
        print("v", v)
except ValueError as e:
    print("caught", e)
def gen_with_handler():
    try:
        yield 1
    except ZeroDivisionError:
        yield "handled"
h = gen_with_handler(); next(h)
print(h.throw(ZeroDivisionError))
def uncaught():
    yield 1 / 0
list(uncaught())

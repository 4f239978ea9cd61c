def inner():
    print("inner start")
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError as e:
        print("inner caught", e)
        return "inner-ret-from-except"
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer got result", r)
    r2 = yield from [10, 20]
    print("list yield from result", r2)
    return r

g = outer()
print(next(g))
print(g.gi_yieldfrom)
print(g.send("hello"))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame.f_lineno)
print(g.throw(KeyError("kk")))
print(type(g.gi_yieldfrom).__name__)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")

def deleg():
    try:
        yield from closer()
    finally:
        print("deleg finally")

d = deleg()
next(d)
d.close()
print("closed")

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 100)
        return self.n

def use_it():
    v = yield from It()
    print("It returned", v)

print(list(use_it()))

def gen_throw_no_throw():
    yield from It()

g = gen_throw_no_throw()
next(g)
try:
    g.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)
g = gen_throw_no_throw()
next(g)
g.close()
print("closed non-gen delegate ok")

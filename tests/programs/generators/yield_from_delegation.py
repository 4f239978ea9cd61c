# yield from delegates send, throw and close to the sub-iterator
def sub():
    try:
        while True:
            try:
                v = yield "sub ready"
                print("sub got", v)
            except KeyError as e:
                print("sub handled", repr(e))
    finally:
        print("sub finally")

def outer():
    try:
        r = yield from sub()
        print("never", r)
    except ValueError as e:
        print("outer caught", repr(e))
        yield "outer after error"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.send(1))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = outer()
next(g)
g.close()
print("---")

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def throw(self, *args):
        print("Iter.throw", args[0].__class__.__name__)
        return "thrown-value"
    def close(self):
        print("Iter.close")

def over_iter():
    r = yield from Iter()
    print("over_iter result", r)
    yield "end"
g = over_iter()
print(next(g), next(g))
print(g.throw(ValueError("x")))
g.close()
print("---")

def returning():
    yield 1
    return "sub result"
def collector():
    r = yield from returning()
    yield "collected " + r
print(list(collector()))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't die"
def wraps():
    yield from stubborn()
w = wraps()
next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def failing_close():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
def wrap2():
    yield from failing_close()
w = wrap2()
next(w)
try:
    w.close()
except ValueError as e:
    print("close raised", repr(e))

def sub_returns_on_throw():
    try:
        yield 1
    except KeyError:
        return "recovered"
def outer2():
    r = yield from sub_returns_on_throw()
    print("outer2 got", r)
    yield "outer2 next"
g = outer2()
next(g)
print(g.throw(KeyError))
print(list(yield_from_range() for yield_from_range in []))
def yf_list():
    yield from [1, 2, 3]
    yield from "ab"
print(list(yf_list()))

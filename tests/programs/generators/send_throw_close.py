# send, throw, close
def echo():
    print("started")
    received = None
    try:
        while True:
            try:
                received = yield received
                print("got", received)
            except ValueError as e:
                print("handled", e)
                received = "after error"
    finally:
        print("cleanup")
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("bad")))
print(g.send(3))
g.close()
print("closed")
try:
    g.send(4)
except StopIteration:
    print("StopIteration after close")
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield 1
t = thrower(); next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
u = thrower()
try:
    u.throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted throw:", e)
print(next(u, "exhausted"))
def ret_in_close():
    try:
        yield
    except GeneratorExit:
        return "value"
r = ret_in_close(); next(r)
print(r.close())

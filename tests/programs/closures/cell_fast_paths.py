# STORE_DEREF / MAKE_CELL / COPY_FREE_VARS on the loop's fast path: cells holding ints,
# floats, None, then heap objects (the general path), deleted cells, a parameter that is a cell.
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def counter(start):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def reset(v):
        nonlocal n
        n = v

    return inc, reset


inc, reset = counter(0)
print([inc() for _ in range(3)], inc(2.5))
reset(None)
print(inc.__closure__[0].cell_contents)
reset(Noisy("a"))
print("replacing a")
reset(Noisy("b"))
print("replacing b with an int")
reset(7)
print(inc(), inc.__code__.co_freevars)


def param_cell(x, y):
    def g():
        return x + y

    x = x * 10
    return g


print(param_cell(1, 2)(), param_cell(1.5, 2)())


def deleted():
    v = 1

    def read():
        return v

    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    v = 2
    return read()


print(deleted())


def nested(a):
    def mid(b):
        def inner(c):
            return a + b + c

        return inner

    return mid


print(nested(1)(2)(3), nested("x")("y")("z"))
obj = Noisy("c")
r = weakref.ref(obj)


def holder(o):
    def get():
        return o

    return get


h = holder(obj)
del obj
print("alive", r() is not None)
del h
print("alive", r() is not None)

# Method calls on builtin objects (l.append(x), d.get(k), s.upper()) go through a cached
# unbound method; subclasses of builtins that override the method, and values of several
# types at one call site, must still find the right method.


def add_all(container, items):
    for i in items:
        container.append(i)
    return container


print(add_all([], range(3)))


class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)


print(add_all(LoudList(), range(2)))
print(add_all([], "ab"))


class Q:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(-x)


q = add_all(Q(), [1, 2])
print(q.items)


def up(x):
    return x.upper()


print([up(v) for v in ["a", b"b", "c", bytearray(b"d")]])


def get(d, k):
    return d.get(k, "missing")


class D(dict):
    def get(self, k, default=None):
        return "D.get " + str(k)


print(get({1: "one"}, 1), get(D(), 1), get({}, 2))


def count(x):
    return x.count(1)


print([count(v) for v in [[1, 1, 2], (1, 2), [], (1, 1, 1)]])


# the same call site on int, bool, float and str receivers
def conj(v):
    return v.conjugate()


print([conj(v) for v in [1, True, 2.5, 3j, 7]])


def bit_len(v):
    return v.bit_length()


print([bit_len(v) for v in [0, 1, 255, True, 2**70]])


# a method missing on one of the receivers
def clear(x):
    try:
        x.clear()
        return x
    except AttributeError as e:
        return "AttributeError: " + str(e)


print([clear(v) for v in [[1], {1: 2}, (1,), {3}, "s"]])


# generators' and iterators' methods
def gen():
    x = yield 1
    print("got", x)
    yield 2


g = gen()
print(g.send(None), g.send("hello"))
it = iter([1, 2, 3])
print(it.__next__(), it.__next__(), list(it))


# native objects (collections.deque) and a subclass overriding one of their methods
import collections


class LoudDeque(collections.deque):
    def append(self, x):
        print("LoudDeque.append", x)
        super().append(x)


def push_pop(dq, items):
    for i in items:
        dq.append(i)
    return [dq.popleft() for _ in items]


print(push_pop(collections.deque(), range(3)))
print(push_pop(LoudDeque(), "xy"))
print(push_pop(collections.deque(maxlen=5), [7, 8]))
ap = collections.deque().append
print(type(ap).__name__, ap.__name__)


def appender(dq):
    return dq.append


print(appender(collections.deque()).__self__, type(appender(LoudDeque())).__name__)

"""global/nonlocal, UnboundLocalError, NameError suggestions, class scopes, del."""
counter = 0
config = {"debug": False}


def bump():
    global counter
    counter += 1
    return counter


def toggle():
    config["debug"] = not config["debug"]


bump(), bump(), toggle()
print(counter, config)


def broken():
    print(counter)
    counter = 5  # noqa


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x += "+inner"
        inner()
    middle()
    return x


print(outer())


class Scope:
    value = 10
    doubled = [value * 2 for _ in range(1)] if False else None
    items = [1, 2, 3]
    total = sum(items)

    def method(self):
        try:
            return value  # noqa
        except NameError as e:
            return str(e)


print(Scope.total, Scope().method())
lenght = 3
try:
    print(lenght_of)  # noqa
except NameError as e:
    print(e)
try:
    print(lenth)  # noqa
except NameError as e:
    print(e)
try:
    prnt("x")  # noqa
except NameError as e:
    print(e)


def f():
    local_value = 1
    return locl_value  # noqa


try:
    f()
except NameError as e:
    print(e)


class Thing:
    def __init__(self):
        self.colour = "red"
        self.size = 3

    def show(self):
        return colour  # noqa


try:
    Thing().show()
except NameError as e:
    print(e)
try:
    Thing().color
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
try:
    [].apend(1)
except AttributeError as e:
    print(e)
try:
    import math
    math.sqroot(4)
except AttributeError as e:
    print(e)
x = 5
del x
try:
    x
except NameError as e:
    print(e)
d = {"a": 1}
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
lst = [1, 2, 3]
del lst[::2]
print(lst)
g = 1


def shadow():
    g = 2
    return g, globals()["g"], "g" in locals()


print(shadow(), sorted(k for k in globals() if not k.startswith("__"))[:5])
fns = []
for i in range(3):
    fns.append(lambda: i)
print([fn() for fn in fns], i)
print([j for j in range(3)], "j" in dir())
try:
    print(j)  # noqa
except NameError as e:
    print(e)


def uses_later():
    return later_defined()


def later_defined():
    return "ok"


print(uses_later())
eval_ns = {"a": 2}
exec("b = a * 21", eval_ns)
print(eval_ns["b"], eval("a + b", eval_ns), eval("x + 1", {"x": 1}))

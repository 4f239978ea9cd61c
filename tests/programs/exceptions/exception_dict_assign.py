# An exception's __dict__ can be replaced by a dict (or a dict subclass's contents), as
# BaseException_set_dict allows; anything else is a TypeError, deleting it too.
e = ValueError(1)
e.__dict__ = {'x': 5}
print(e.x, e.__dict__, e.args)
e.y = 6
print(sorted(e.__dict__.items()))


class E(Exception):
    pass


x = E("m")
x.__dict__ = {'y': 1}
print(x.y, x.__dict__, str(x))


class D(dict):
    pass


x.__dict__ = D(z=2)
print(x.z)
for bad in (5, [('a', 1)], None):
    try:
        e.__dict__ = bad
    except TypeError as err:
        print("TypeError:", err)
try:
    del e.__dict__
except TypeError as err:
    print("TypeError:", err)
print(e.x)

# An exception class whose call returns something that is not an exception: `raise E` and
# gen.throw(E) raise a TypeError instead (the generator sees it at its yield).
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


class F(Exception):
    def __new__(cls, *args):
        return 42


for exc in (E, F):
    try:
        raise exc
    except TypeError as e:
        print("raise:", e)


def plain():
    yield


for exc in (E, F):
    gen = plain()
    try:
        gen.throw(exc)
    except TypeError as e:
        print("throw:", e)
    print(next(gen, "exhausted"))


def catching():
    try:
        yield 1
    except TypeError as e:
        print("inside:", e)
        yield 2


gen = catching()
next(gen)
print(gen.throw(E))


class G(Exception):
    def __new__(cls, *args):
        raise KeyError("while making G")


gen = catching()
next(gen)
try:
    gen.throw(G)
except KeyError as e:
    print("KeyError", e)

# throw() arguments: class with a value (wrapped when of another type), instance, bad arguments, exc_info()
def coroutine():
    while True:
        try:
            x = yield
        except ValueError as v:
            print("caught ValueError (%s)" % (v,))
g = coroutine(); next(g)
g.throw(ValueError, 1)
g.throw(ValueError, TypeError(1))
g.throw(ValueError, ValueError(1), None)
for args in [(ValueError(1), "foo"), (ValueError, "foo", 23), ("abc",), (0,), (list,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
def throw(g, exc):
    try:
        raise exc
    except:
        g.throw(*__import__("sys").exc_info())
throw(g, ValueError)
g.throw(ValueError)

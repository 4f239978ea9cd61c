import warnings
warnings.simplefilter("ignore", DeprecationWarning)
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
g = gen(); next(g)
g.throw(ValueError)
g.throw(ValueError, "msg")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError("inst"))
for bad in [(5,), ("str",), (ValueError("x"), "extra"), (object,)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw(ValueError, None, 5)
except TypeError as e:
    print("TypeError:", e)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
g.throw(MyErr, (1, 2))
try:
    g.throw(MyErr, 1)
except TypeError as e:
    print("TypeError:", e)
g.close()
g.close()
try:
    g.throw(KeyError)
except KeyError as e:
    print("closed gen throw:", repr(e))
def gen2():
    yield 1
g2 = gen2()
try:
    g2.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
try:
    g2.throw(StopIteration)
except StopIteration as e:
    print("StopIteration", repr(e))

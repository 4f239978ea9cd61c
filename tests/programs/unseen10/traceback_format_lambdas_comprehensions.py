import traceback, sys

def show(fn):
    try:
        fn()
    except BaseException as e:
        print("".join(traceback.format_exception(e)))

data = {"users": [{"name": "ann", "age": 31}, {"name": "bob"}]}
show(lambda: [u["age"] for u in data["users"]])
show(lambda: {u["name"]: u["age"] * 2 for u in data["users"]})
show(lambda: sum(u["age"] for u in data["users"]))
def gen():
    yield 1
    yield data["users"][5]
show(lambda: list(gen()))
def outer():
    def inner(x):
        return x.upper() + 1
    return inner("a")
show(outer)
def klass():
    class Config:
        size = 10
        area = size * undefined_name
    return Config
show(klass)
show(lambda: int("abc") + [1, 2][3])
def rec(n):
    return rec(n + 1) + 1
try:
    rec(0)
except RecursionError as e:
    tb = traceback.format_exception(e)
    # (the path in a frame line depends on where the program lies: only what follows it)
    print(len(tb) < 20, tb[-1], tb[-2].strip()[:60], tb[-3].split('", ')[-1].splitlines()[0])
show(lambda: (lambda a, b: a / b)(1, 0))
show(lambda: data["users"][1]["age"])
show(lambda: data["users"][0].name)
show(lambda: getattr(data, "items")()["x"])
matrix = [[1, 2], [3, 4]]
show(lambda: matrix[0][1] + matrix[2][0])
show(lambda: print(1 + "a" * 2))
def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
show(chained)
def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
show(context)
show(lambda: sys.exit("bye"))

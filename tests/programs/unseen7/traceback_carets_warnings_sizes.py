import sys
import warnings
import traceback

class Account:
    def __init__(self, balance):
        self.balance = balance

def total(accounts):
    return sum(a.balance for a in accounts)

def report(data):
    result = {
        "total": total(data["accounts"]),
        "avg": total(data["accounts"]) / len(data["accounts"]),
    }
    return result

def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

show(report, {"accounts": []})
show(report, {"accounts": [Account(1), None]})
show(report, {"acc": []})
show(lambda: [1, 2, 3][1:][5])
show(lambda: {"a": {"b": 1}}["a"]["c"])
show(lambda: Account(1).balance.real.imag.foo)
show(lambda: 1 + int("3") * "x" - 2)
show(lambda: max(
    1,
    "x",
))
def recurse(n):
    return recurse(n + 1) + 1
show(recurse, 0)
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
show(a)
warnings.warn("plain user warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("future", FutureWarning, stacklevel=1)
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
old_api()
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("recorded2", SyntaxWarning)
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
for i in range(3):
    warnings.warn("repeated in loop")
print(len(dir(Account)), [n for n in dir(Account(1)) if not n.startswith("__")], dir(Account)[:6])
print(sorted(vars(Account)), list(globals())[:8])
print(sys.getsizeof(0), sys.getsizeof(10**30), sys.getsizeof("abc"), sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(()), sys.getsizeof(1.0))
def outer():
    try:
        report({"accounts": 5})
    except TypeError as e:
        raise RuntimeError("report failed") from e
try:
    outer()
except RuntimeError:
    traceback.print_exc(file=sys.stdout, chain=True)
sys.stdout.flush()
x = {"k": [1, 2]}
print(x["k"][0] + x["k"][1] +
      x["k"][2])

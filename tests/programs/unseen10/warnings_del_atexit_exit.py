import warnings, atexit, sys, gc

def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x

def helper():
    warnings.warn("helper note")           # UserWarning at this line
    warnings.warn("level two", RuntimeWarning, stacklevel=2)

def caller():
    helper()

warnings.simplefilter("always")
print(old_api(1))
caller()
caller()
warnings.warn("a plain message", UserWarning)
warnings.warn(Warning("instance warning"))
warnings.warn("too deep", stacklevel=50)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    old_api(2)
    print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ign.*")
warnings.filterwarnings("error", category=ResourceWarning)
warnings.warn("ignored one")
try:
    warnings.warn("boom", ResourceWarning)
except ResourceWarning as e:
    print("raised:", repr(e))
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.simplefilter("default")
for i in range(2):
    warnings.warn("default per location")
def showwarning(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
old = warnings.showwarning
warnings.showwarning = showwarning
warnings.warn("through custom hook")
warnings.showwarning = old
print(warnings.formatwarning("fmt", UserWarning, "file.py", 10, "x = 1"), end="")

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)
        if self.name == "bad":
            raise RuntimeError("cannot close " + self.name)

r = Resource("good")
del r
r = Resource("bad")
del r
print("after bad del")

class Cycle:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("cycle collected")
        1 / 0
c = Cycle()
del c
gc.collect()
print("after gc")

@atexit.register
def first():
    print("atexit first registered, runs last")
def second(tag, *, loud=False):
    print("atexit second", tag, loud)
    raise ValueError("atexit failure")
atexit.register(second, "T", loud=True)
def third():
    print("atexit third")
    sys.exit(3)
atexit.register(third)
keep = Resource("module-level")
print("exiting with", 2)
sys.exit(2)

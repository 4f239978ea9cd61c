import warnings

def f():
    warnings.warn("from f")

def g():
    warnings.warn("blame caller", stacklevel=2)

f()
f()  # same location: shown once ("default" action)
g()
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn(123)
warnings.warn("too deep", stacklevel=50)
for i in range(3):
    warnings.warn("loop")
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  some line  "))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
print(warnings.filters)

import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
print("start")
warnings.warn("a user warning")
warnings.warn("a runtime one", RuntimeWarning)
warnings.simplefilter("always")
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.simplefilter("ignore")
warnings.warn("ignored")
print("end")

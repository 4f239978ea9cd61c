# warnings printed as `file:line: Category: message` and the source line
import warnings
warnings.warn("careful")
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
old_api()
old_api()
warnings.warn("once only", RuntimeWarning)
for i in range(3):
    warnings.warn("in a loop", UserWarning)
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("custom category"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded")
    warnings.warn("recorded")
print(len(caught), caught[0].category.__name__, str(caught[0].message), caught[0].lineno)
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", repr(e))
print(warnings.formatwarning("msg", UserWarning, "file.py", 7, "line text"), end="")
print("done")

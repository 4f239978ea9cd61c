import warnings
import sys
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
print(len(w))
for m in w:
    print(m.category.__name__, m.message, m.lineno, m.line)
    print(str(m).replace(__file__, "FILE"))
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("shown after")
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("err")
    except UserWarning as e:
        print("caught", e)
def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno, file=sys.stdout)
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("custom")
warnings.showwarning = old
def my_format(message, category, filename, lineno, line=None):
    return "FMT %s %s\n" % (message, lineno)
warnings.formatwarning = my_format
warnings.warn("formatted")
c = warnings.catch_warnings()
try:
    c.__exit__()
except RuntimeError as e:
    print(e)
c.__enter__()
try:
    c.__enter__()
except RuntimeError as e:
    print(e)
c.__exit__()

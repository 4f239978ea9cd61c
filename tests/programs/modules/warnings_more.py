# warnings' contract: filter actions and their registries, filter list edits, hooks,
# catch_warnings, warn() argument checks and stacklevel, WarningMessage, warn_explicit.
import sys
import warnings

sys.stderr = sys.stdout  # keep the order of prints and warnings in one stream
print([(a, m, c.__name__, mod, l) for a, m, c, mod, l in warnings.filters])
print(warnings.defaultaction, warnings.onceregistry, warnings.__all__)

def emit(text, cat=UserWarning, n=2):
    for _ in range(n):
        warnings.warn(text, cat)

for action in ("default", "always", "once", "module", "ignore"):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print("--", action)
    emit("same text " + action)
    emit("same text " + action)
    warnings.warn_explicit("explicit " + action, UserWarning, "fake.py", 3, "fakemod", {})
    warnings.warn_explicit("explicit " + action, UserWarning, "fake.py", 3, "fakemod", {})
warnings.resetwarnings()
print(warnings.filters)

# filter matching: message regex (case-insensitive, from the start), module regex, lineno
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.filterwarnings("always", module="fakemod", lineno=9)
warnings.simplefilter("default", append=True)
for a, m, c, mod, l in warnings.filters:
    print(a, m and m.pattern, m and m.flags & 2, c.__name__, mod and mod.pattern, l)
warnings.warn("SKIP this one")
warnings.warn("do not skip this")
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
for ln in (9, 9, 10, 10):
    warnings.warn_explicit("by line", UserWarning, "fakemod.py", ln, "fakemod", {})
# re-adding an existing filter moves it to the front; appending one that exists does nothing
n = len(warnings.filters)
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.simplefilter("default", append=True)
print(n, len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])

# argument checks
for call in (lambda: warnings.filterwarnings("loud"),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.filterwarnings("ignore", lineno=-1),
             lambda: warnings.simplefilter("nope"),
             lambda: warnings.simplefilter("ignore", lineno="1"),
             lambda: warnings.warn("x", int),
             lambda: warnings.warn("x", "UserWarning"),
             lambda: warnings.warn("x", skip_file_prefixes=["a"])):
    try:
        call()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

# formatting and the hooks
warnings.resetwarnings()
warnings.simplefilter("always")
print(repr(warnings.formatwarning("m", UserWarning, "f.py", 1)))
print(repr(warnings.formatwarning("m", DeprecationWarning, "f.py", 2, "  src line  ")))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "f.py", 3, "")))
def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", repr(message), category.__name__, filename.endswith(".py"), lineno, file, line)
warnings.showwarning = my_show
warnings.warn("through my hook")
warnings.warn(DeprecationWarning("instance given"))
warnings.showwarning = warnings._showwarning_orig
def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s\n" % (message, category.__name__)
warnings.formatwarning = my_format
warnings.warn("through my format")
warnings.formatwarning = warnings._formatwarning_orig
warnings.showwarning = 42
try:
    warnings.warn("bad hook")
except TypeError as e:
    print("TypeError", e)
warnings.showwarning = warnings._showwarning_orig
warnings.showwarning("direct", UserWarning, "d.py", 4, sys.stdout, "the line")

# stacklevel and who gets blamed
def api():
    warnings.warn("blame caller", stacklevel=2)
def deep():
    warnings.warn("very deep", stacklevel=50)
api()
deep()
warnings.warn("explicit module", UserWarning)
print(sorted(k for k in globals().get("__warningregistry__", {}) if k != "version"))

# catch_warnings
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=warnings)))
with cw as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", RuntimeWarning)
print([(str(w.message), w.category.__name__, w.lineno > 0, w.file, w.line) for w in log])
print(str(log[0]).replace(__file__, "FILE"))
try:
    with cw:
        pass
except RuntimeError as e:
    print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
before = list(warnings.filters)
with warnings.catch_warnings(action="error", category=FutureWarning):
    print(warnings.filters[0][0], warnings.filters[0][2].__name__)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("raised", e)
print(warnings.filters == before)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
warnings.warn("loud again")

# WarningMessage
wm = warnings.WarningMessage("msg", UserWarning, "f.py", 5)
print(str(wm), wm.file, wm.line, wm.source)
print(str(warnings.WarningMessage("m", None, "f", 1)))

# warn_explicit details
warnings.resetwarnings()
reg = {}
warnings.warn_explicit("reg", UserWarning, "r.py", 1, registry=reg)
warnings.warn_explicit("reg", UserWarning, "r.py", 1, registry=reg)
print(sorted(map(str, reg.items())))
warnings.simplefilter("module")
warnings.warn_explicit("mod", UserWarning, "zz.py", 1, registry=reg)
warnings.warn_explicit("mod", UserWarning, "zz.py", 2, registry=reg)
print(sorted(map(str, reg.items())))
warnings.warn_explicit(UserWarning("inst"), RuntimeWarning, "w.py", True, "m")
for call in (lambda: warnings.warn_explicit("x", UserWarning, "w.py", "7"),
             lambda: warnings.warn_explicit("x", UserWarning, 5, 1),
             lambda: warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=3),
             lambda: warnings.warn_explicit("x", UserWarning, "f", 1, registry=[]),
             lambda: warnings.filterwarnings("ignore", category="x")):
    try:
        call()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
for action in ("ignore", "error", "once", "default", "module", "always"):
    warnings.simplefilter(action)
    r = {"version": -1, "junk": 1}
    for ln in (1, 2):
        try:
            warnings.warn_explicit("R " + action, UserWarning, "f.PY", ln, registry=r)
        except UserWarning:
            pass
    print(action, sorted(str(k) for k in r if k != "version"))
warnings.simplefilter("once")
warnings.warn_explicit("no registry", UserWarning, "f.py", 1)
warnings.warn_explicit("no registry", UserWarning, "f.py", 2)
print(sorted(str(k) for k in warnings.onceregistry if k != "version"))
warnings.simplefilter("module")
warnings.warn_explicit("mod none", UserWarning, "f.py", 1)
warnings.warn_explicit("mod none", UserWarning, "f.py", 2)
warnings.filters.insert(0, ("ignore", None, Warning, None))
try:
    warnings.warn("short filter")
except ValueError as e:
    print("ValueError", e)
warnings.filters[0] = (1, None, Warning, None, 0)
try:
    warnings.warn("int action")
except TypeError as e:
    print("TypeError", e)
warnings.resetwarnings()
warnings.defaultaction = "error"
try:
    warnings.warn("default action is error")
except UserWarning as e:
    print("raised", e)
warnings.defaultaction = "default"
warnings.simplefilter("error")
try:
    warnings.warn_explicit("as error", SyntaxWarning, "w.py", 1)
except SyntaxWarning as e:
    print("raised", type(e).__name__, e)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("bogus action")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.warn("multi\nline message", UserWarning)
class Custom(Warning):
    pass
warnings.warn("custom", Custom)
warnings.warn(Custom("custom instance"), UserWarning)
async def never():
    pass
warnings.simplefilter("default")
never()
import gc; gc.collect()
print("done")

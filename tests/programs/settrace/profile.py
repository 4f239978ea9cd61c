# sys.setprofile: 'call' and 'return' for Python frames (no 'line'), 'c_call', 'c_return'
# and 'c_exception' around builtin functions and methods; the result is ignored; a profile
# function that raises is removed.
import sys


def describe(arg):
    if arg is None:
        return ""
    name = getattr(arg, "__qualname__", None) or getattr(arg, "__name__", None)
    if name is not None:
        owner = getattr(arg, "__self__", None)
        if owner is not None and not isinstance(owner, type(sys)):
            return f"{type(owner).__name__}.{getattr(arg, '__name__', name)}"
        return name
    return repr(arg)


def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    print(f"{event:11} {frame.f_code.co_qualname:10} {frame.f_lineno:3} {describe(arg)}")
    return "ignored"


def square(x):
    return x * x


def gen():
    yield 1
    yield 2


def work():
    items = []
    items.append(square(3))
    list.append(items, 4)
    n = len(items)
    m = max(items, key=square)
    s = sorted([3, 1, 2])
    text = "a,b".split(",")
    try:
        len(5)
    except TypeError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    total = sum(gen())
    i = int("7")
    d = dict(a=1)
    return n, m, s, text, total, i, d


print("getprofile before:", sys.getprofile())
sys.setprofile(profiler)
print("getprofile is profiler:", sys.getprofile() is profiler)
work()
sys.setprofile(None)
print("getprofile after:", sys.getprofile())


def counting_profiler(frame, event, arg):
    counts[event] = counts.get(event, 0) + 1


counts = {}
sys.setprofile(counting_profiler)
for k in range(3):
    square(k)
    abs(-k)
sys.setprofile(None)
print(sorted(counts.items()))


def broken(frame, event, arg):
    if event == "c_call":
        raise OSError("profiler broke")


sys.setprofile(broken)
try:
    len("abc")
except OSError as e:
    print("caught", e, sys.getprofile())
sys.setprofile(None)


def both_trace(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print("trace  ", event, frame.f_code.co_name)
    return both_trace


def both_profile(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print("profile", event, frame.f_code.co_name)


sys.setprofile(both_profile)
sys.settrace(both_trace)
square(2)
sys.settrace(None)
sys.setprofile(None)
print("done")

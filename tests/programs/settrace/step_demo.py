# A pdb-like "step" demo: at each line event, show the line about to run and the locals as
# they are then (f_locals snapshots), and walk the frame chain with f_back.
import linecache
import sys


def show(frame):
    names = []
    f = frame
    while f is not None and f.f_code.co_filename == __file__:
        names.append(f.f_code.co_name)
        f = f.f_back
    return " < ".join(names)


def stepper(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "line":
        src = linecache.getline(__file__, frame.f_lineno).strip()
        loc = {k: v for k, v in frame.f_locals.items() if not k.startswith("__")}
        print(f"{frame.f_lineno:3} {src:32} {loc}")
    elif event == "call":
        print(f"--> {show(frame)}")
    elif event == "return":
        print(f"<-- {frame.f_code.co_name} returns {arg!r}")
    return stepper


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    g = gcd(a, b)
    return a * b // g


def swap_demo():
    x, y = 1, 2
    x, y = y, x
    label = f"{x}-{y}"
    return label


sys.settrace(stepper)
lcm(12, 18)
swap_demo()
sys.settrace(None)
print("done")

# 3.12: a function frame has one f_locals dict; locals() and frame.f_locals refresh it, and
# what a trace function writes into it goes back into the frame's variables.
import sys


def snapshot_is_shared():
    a = 1
    first = locals()
    b = 2
    print("before refresh:", sorted(first))
    locals()
    print("after refresh: ", sorted(first))
    fr = sys._getframe()
    print(fr.f_locals is fr.f_locals, fr.f_locals is first)
    del a
    print("after del a:   ", sorted(locals()))
    first["extra"] = "kept"
    c = 3
    print("extra key:     ", sorted(locals()), c)


snapshot_is_shared()


def closure_values():
    x = 10
    def inner():
        return x
    d = locals()
    x = 11
    locals()
    return d["x"], inner()


print(closure_values())


def debugger(frame, event, arg):
    if frame.f_code.co_name != "account":
        return None
    if event == "line":
        loc = frame.f_locals
        if loc.get("balance") == 100:
            loc["balance"] = 1000
            print("  debugger: balance patched at line", frame.f_lineno - frame.f_code.co_firstlineno)
    return debugger


def account():
    balance = 0
    balance += 100
    bonus = balance // 10
    return balance, bonus


sys.settrace(debugger)
print(account())
sys.settrace(None)
print(account())


def watch(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "compute":
        print("  return of compute, locals:", dict(sorted(frame.f_locals.items())))
    return watch


def compute(n):
    total = sum(range(n))
    label = f"sum<{n}>"
    return label, total


sys.setprofile(watch)
print(compute(5))
sys.setprofile(None)


def gen_locals():
    k = 1
    yield locals()
    k = 2
    yield locals()


g = gen_locals()
first = next(g)
second = next(g)
print(first is second, first, g.gi_frame.f_locals is first)

# Setting frame.f_lineno from a trace function (a debugger's "jump"): allowed from 'line'
# events, checked against the value stacks at both ends (Objects/frameobject.c's
# mark_stacks), unbound locals become None with a RuntimeWarning; the errors otherwise.
import sys


def victim():
    out = []                  # 8
    out.append(1)             # 9
    out.append(2)             # 10
    for i in range(2):        # 11
        out.append(i)         # 12
    try:                      # 13
        out.append(3)         # 14
    except Exception:         # 15
        out.append(4)         # 16
    return out                # 17


def jumper(src, dst, on="line"):
    state = {"done": False}

    def trace(frame, event, arg):
        if frame.f_code.co_name != "victim":
            return trace
        print("   ", event, frame.f_lineno)
        if event == on and frame.f_lineno == src and not state["done"]:
            state["done"] = True
            try:
                frame.f_lineno = dst
                print("    jumped to", frame.f_lineno)
            except ValueError as e:
                print("    ValueError:", e)
        return trace
    return trace


cases = [(9, 10), (10, 8), (12, 14), (9, 12), (14, 16), (9, 100), (9, 2),
         (11, 17), (12, 11), (16, 9), (15, 9), (17, 8), (11, 14)]
for src, dst in cases:
    print(f"jump {src} -> {dst}")
    sys.settrace(jumper(src, dst))
    result = victim()
    sys.settrace(None)
    print("  result", result)

for event in ["call", "return", "exception"]:
    print("jump from", event)
    sys.settrace(jumper(7 if event == "call" else 17, 9, on=event))
    victim()
    sys.settrace(None)


def handler_victim():
    try:                      # 55
        raise KeyError("k")   # 56
    except KeyError:          # 57
        x = 1                 # 58
        y = 2                 # 59
    return sys.exception()    # 60


def out_of_handler(frame, event, arg):
    if frame.f_code.co_name != "handler_victim":
        return out_of_handler
    print("   ", event, frame.f_lineno)
    if event == "line" and frame.f_lineno == 59:
        frame.f_lineno = 60
    return out_of_handler


print("jump out of an except block")
sys.settrace(out_of_handler)
print("  handled exception after the jump:", handler_victim())
sys.settrace(None)

try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print("outside a tracer:", e)


def bad_type(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim":
        try:
            frame.f_lineno = "10"
        except ValueError as e:
            print("bad type:", e)
        sys.settrace(None)
        return None
    return bad_type


sys.settrace(bad_type)
victim()
sys.settrace(None)
print("done")

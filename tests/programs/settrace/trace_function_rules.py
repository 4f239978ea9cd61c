# The trace function's rules: what its return value does, f_trace per frame, f_trace_lines,
# a trace function that raises (tracing stops, the exception propagates from the traced
# frame), sys.settrace(None) from inside a trace function, and no events inside a hook.
import sys


def work(n):
    a = n + 1
    b = a * 2
    return b


def caller():
    x = work(1)
    y = work(2)
    return x + y


def log(tag):
    def trace(frame, event, arg):
        if frame.f_code.co_filename != __file__:
            return None
        print(tag, event, frame.f_code.co_name, frame.f_lineno)
        return trace
    return trace


print("-- global tracer returning None: only 'call' events")
def calls_only(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print("calls_only", event, frame.f_code.co_name)
    return None
sys.settrace(calls_only)
caller()
sys.settrace(None)

print("-- a different local trace function per frame")
def chooser(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == "work":
        return log("local-work")
    return None
sys.settrace(chooser)
caller()
sys.settrace(None)

print("-- a local function returning None keeps itself")
def keep(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("keep", event, frame.f_code.co_name, frame.f_lineno)
    if event == "call":
        return keep
    return None
sys.settrace(keep)
work(3)
sys.settrace(None)

print("-- f_trace_lines = False")
def no_lines(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("no_lines", event, frame.f_code.co_name, frame.f_trace_lines)
    frame.f_trace_lines = False
    return no_lines
sys.settrace(no_lines)
work(4)
sys.settrace(None)

print("-- f_trace read back")
def show_f_trace(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "line":
        print("f_trace is show_f_trace:", frame.f_trace is show_f_trace, frame.f_lineno)
    return show_f_trace
sys.settrace(show_f_trace)
work(5)
sys.settrace(None)
f = sys._getframe()
print("module frame f_trace:", f.f_trace, f.f_trace_lines, f.f_trace_opcodes)

print("-- tracer stops itself with sys.settrace(None)")
count = 0
def stopper(frame, event, arg):
    global count
    if frame.f_code.co_filename != __file__:
        return None
    count += 1
    print("stopper", event, frame.f_code.co_name, frame.f_lineno)
    if count == 4:
        sys.settrace(None)
    return stopper
sys.settrace(stopper)
caller()
print("gettrace:", sys.gettrace())

for bad_event in ["call", "line", "return"]:
    print("-- trace function raising on", bad_event)
    def bad(frame, event, arg):
        if frame.f_code.co_filename != __file__:
            return None
        print("bad", event, frame.f_code.co_name, frame.f_lineno)
        if event == bad_event:
            raise LookupError("from tracer on " + event)
        return bad
    sys.settrace(bad)
    try:
        work(6)
    except LookupError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("caught", e, names, "gettrace:", sys.gettrace())
    sys.settrace(None)

print("-- no events for code the tracer itself runs")
def helper():
    return "helped"
def uses_helper(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("event", event, frame.f_code.co_name, helper())
    return uses_helper
sys.settrace(uses_helper)
work(7)
sys.settrace(None)

print("-- f_trace set by hand on a running frame (as pdb's set_trace does)")
def manual(frame, event, arg):
    print("manual", event, frame.f_code.co_name, frame.f_lineno)
    return manual
def run_manual():
    frame = sys._getframe()
    frame.f_trace = manual
    sys.settrace(lambda *a: None)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
run_manual()

print("-- bad attribute values")
try:
    sys._getframe().f_trace_lines = 1
except TypeError as e:
    print("TypeError", e)
print("done")

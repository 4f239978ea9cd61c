import sys
import dis

log = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("tracer", "<module>"):
        return None
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    elif event == "return":
        arg = repr(arg)
    else:
        arg = None
    log.append(f"{event:9} {name}:{frame.f_lineno} {arg}")
    return tracer

def gen(n):
    for i in range(n):
        yield i
    return "end"

def fails():
    raise KeyError("nope")

def catcher():
    try:
        fails()
    except KeyError:
        pass
    finally:
        x = 1
    return x

def comp():
    return [c.upper() for c in "ab"]

def uses_gen():
    total = 0
    for v in gen(2):
        total += v
    return total

sys.settrace(tracer)
catcher()
comp()
uses_gen()
sys.settrace(None)
print("\n".join(log))

ops = []
def optracer(frame, event, arg):
    if frame.f_code.co_name != "small":
        return None
    frame.f_trace_opcodes = True
    frame.f_trace_lines = False
    if event == "opcode":
        ops.append(dis.opname[frame.f_code.co_code[frame.f_lasti]])
    return optracer

def small(a):
    b = a + 1
    return b * 2

sys.settrace(optracer)
small(3)
sys.settrace(None)
print(ops)

calls = []
def prof(frame, event, arg):
    if event in ("c_call", "c_return", "c_exception"):
        calls.append((event, arg.__qualname__ if hasattr(arg, "__qualname__") else arg.__name__))
    elif frame.f_code.co_name != "<module>":
        calls.append((event, frame.f_code.co_name))

class K:
    def m(self):
        return [].append(1)

def pwork():
    d = {}
    d.setdefault("a", []).append(2)
    K().m()
    try:
        int("z")
    except ValueError:
        pass
    return len(d)

sys.setprofile(prof)
pwork()
sys.setprofile(None)
for c in calls:
    print(c)

def local_trace(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "mutate":
        if frame.f_lineno == mutate.__code__.co_firstlineno + 2:
            frame.f_locals["v"] = 99
    return local_trace
def global_trace(frame, event, arg):
    return local_trace if frame.f_code.co_name == "mutate" else None
def mutate():
    v = 1
    return v
sys.settrace(global_trace)
print(mutate())
sys.settrace(None)
def jumper():
    x = 1
    x = 2
    x = 3
    return x
def jtrace(frame, event, arg):
    if event == "line" and frame.f_lineno == jumper.__code__.co_firstlineno + 2:
        frame.f_lineno = jumper.__code__.co_firstlineno + 3
    return jtrace
sys.settrace(lambda f, e, a: jtrace if f.f_code is jumper.__code__ else None)
print(jumper())
sys.settrace(None)

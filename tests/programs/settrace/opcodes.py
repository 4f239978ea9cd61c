# 'opcode' events (frame.f_trace_opcodes): they start with the next sys.settrace once a
# frame has asked for them; f_lasti and dis.opname show each instruction as it runs.
import dis
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    code = frame.f_code
    op = dis.opname[code.co_code[frame.f_lasti]]
    print(f"{event:7} {code.co_name:8} {str(frame.f_lineno):4} {frame.f_lasti:3} {op}")
    frame.f_trace_opcodes = True
    return tracer


def compute(a, b):
    c = [a,
         b]
    for x in c:
        a += x
    try:
        len(5)
    except TypeError:
        pass
    return a if a > 3 else b


print("-- the first settrace: no opcode events yet")
sys.settrace(tracer)
compute(1, 2)
sys.settrace(None)
print("-- settrace again: now they come")
sys.settrace(tracer)
compute(1, 2)
sys.settrace(None)


def opcode_only(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_lines = False
    frame.f_trace_opcodes = True
    if event == "opcode":
        print(frame.f_lasti, dis.opname[frame.f_code.co_code[frame.f_lasti]])
    else:
        print(event, frame.f_code.co_name)
    return opcode_only


def small(x):
    return x * 2 + 1


print("-- opcodes without lines")
sys.settrace(opcode_only)
small(4)
sys.settrace(None)
print("done")

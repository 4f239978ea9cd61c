import dis
import sys

def target(items, *, limit=3):
    total = 0
    for i, x in enumerate(items):
        if i >= limit:
            break
        total += x if x > 0 else -x
    return total

for ins in dis.get_instructions(target):
    print(ins.offset, ins.opname, ins.opcode == dis.opmap[ins.opname], ins.arg, repr(ins.argval), repr(ins.argrepr),
          ins.starts_line, ins.is_jump_target, ins.positions.lineno if ins.positions else None)

bc = dis.Bytecode(target)
print(bc.first_line, type(bc.codeobj).__name__)
print(bc.info())
print(bc.dis()[:200])
print(dis.code_info(target).splitlines()[:12])
print([ins.opname for ins in dis.get_instructions("a, *b = c or d")])
print(dis.findlinestarts(target.__code__).__class__.__name__, list(dis.findlinestarts(target.__code__))[:5])
print(sorted(dis.findlabels(target.__code__.co_code)))
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.HAVE_ARGUMENT, "BINARY_OP" in dis.opmap, dis.cmp_op)
print(dis.hasjrel[:3], dis.hasconst, dis.haslocal[:3], dis.hasfree[:2])
print(dis.stack_effect(dis.opmap["BUILD_LIST"], 3), dis.stack_effect(dis.opmap["POP_TOP"]))
print([n for n in dis._nb_ops][:4])
dis.show_code(target)
def trace_lines(frame, event, arg):
    if event == "opcode":
        code = frame.f_code
        op = code.co_code[frame.f_lasti]
        seen.append(dis.opname[op])
    return trace_lines
def small(a):
    return a + 1
seen = []
def setup(frame, event, arg):
    if frame.f_code is small.__code__:
        frame.f_trace_opcodes = True
        return trace_lines
sys.settrace(setup)
small(2)
sys.settrace(None)
print(seen)
dis.dis("x = [y async for y in z]" if False else "lambda: (yield)")
dis.disco(small.__code__, lasti=2)
dis.dis(small, show_caches=True)
dis.dis(small, adaptive=False)

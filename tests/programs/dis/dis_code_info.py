import dis
def f(a, *, b=1):
    c = a + b
    return c
print(dis.code_info(f))
for ins in dis.get_instructions(f):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.opname[100], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT, len(dis.opname))
bc = dis.Bytecode(f)
print(bc.first_line, [i.opname for i in bc][:4])

# dis API: Instruction fields, Bytecode, code_info of a str, dis of a class, findlinestarts, show_caches
import dis, io
def f(x, *, y=2):
    if x > y:
        return [i * 2 for i in range(x)]
    return f"{x!r:>4}"
for ins in dis.get_instructions(f):
    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target, ins.positions.lineno)
print(dis.get_instructions(f).__class__.__name__ in ("generator",), next(iter(dis.Bytecode(f))))
bc = dis.Bytecode(f, first_line=100)
print(bc.first_line, [i.starts_line for i in bc if i.starts_line][:3], repr(bc).startswith("Bytecode(<function f"))
print(bc.dis().splitlines()[0])
print(dis.code_info("a = 1; b = a + 2"))
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
class K:
    def m(self):
        return 1
    @staticmethod
    def s():
        return 2
out = io.StringIO()
dis.dis(K, file=out)
print(out.getvalue())
dis.dis("a + b")
dis.dis(compile("x = 1", "<s>", "exec"), show_caches=True)
dis.show_code(lambda: 0)
print(dis.pretty_flags(3), dis.opmap["LOAD_CONST"] in dis.hasconst, dis.opname[dis.opmap["CALL"]], dis.cmp_op)
i = dis.Instruction("NOP", 9, None, None, "", 0, 1, False)
print(i, i._disassemble())

# The opcode module's tables, pseudo-instructions included.
import dis
import opcode

for name in ("hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
             "hasfree", "hascompare", "hasexc"):
    ops = getattr(opcode, name)
    print(name, len(ops), ops[-4:], [opcode.opname[o] for o in ops if o >= 256])
print(len(opcode.opname), opcode.opname[256:])
print(sorted(k for k, v in opcode.opmap.items() if v >= 256))
for ins in dis.get_instructions("for x in y:\n    if x: break\n"):
    print(ins.opname, ins.opcode in dis.hasjrel, ins.opcode in dis.hasname, ins.argrepr)

# multiprocessing.dummy beyond Pool/Process: Namespace and Value reprs, Array, Manager,
# active_children, the connection module's Listener/Client/Pipe over queues; quopri's
# per-byte helpers over every byte; codeop.Compile remembering __future__ flags.
import codeop
import quopri
import threading
import multiprocessing.dummy as dummy
import multiprocessing.dummy.connection as conn

ns = dummy.Namespace(zeta=1, alpha="a", _hidden=3)
ns.beta = [2]
print(ns)
v = dummy.Value("d", 1.5)
print(v, v.value)
v.value = 2
print(repr(v), dummy.Array("i", [3, 4]), dummy.Manager() is dummy)
print(dummy.dict is dict, dummy.list is list, dummy.JoinableQueue is dummy.Queue,
      dummy.Pipe is conn.Pipe, dummy.current_process is threading.current_thread)
gate = threading.Event()
p = dummy.Process(target=gate.wait, name="waiter")
print(p.exitcode, dummy.active_children())
p.start()
print([c.name for c in dummy.active_children()], p.exitcode)
gate.set()
p.join()
print(dummy.active_children(), p.exitcode)
made = []
t = dummy.Process(target=lambda: made.append(dummy.Process(target=print)))
t.start()
t.join()
try:
    made[0].start()
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("Parent is <DummyProcess(Thread-"))

print(conn.families, conn.__all__)
listener = conn.Listener(backlog=2)
client = conn.Client(listener.address)
server = listener.accept()
client.send({"k": 1})
print(server.poll(), server.recv(), server.poll(), server.poll(0.01))
server.send_bytes(b"back")
print(client.recv_bytes())
with listener as same:
    print(same is listener)
print(listener.address)
left, right = conn.Pipe(duplex=False)
right.send("r->l")
left.send("l->r")
print(left.recv(), right.recv())
with left:
    pass

for qt in (False, True):
    for hd in (False, True):
        picked = bytes(i for i in range(256) if quopri.needsquoting(bytes([i]), qt, hd))
        print(qt, hd, len(picked), picked[:40])
print(b"".join(quopri.quote(bytes([i])) for i in (0, 9, 32, 61, 95, 127, 200, 255)))
print(bytes(i for i in range(256) if quopri.ishex(bytes([i]))))
print(quopri.unhex(b""), quopri.unhex(b"7f"), quopri.unhex(b"DeadBeef"))
try:
    quopri.unhex(b"12x")
except AssertionError as e:
    print("AssertionError", e)
print(quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING)

comp = codeop.Compile()
print(comp.flags, codeop.PyCF_DONT_IMPLY_DEDENT, codeop.PyCF_ALLOW_INCOMPLETE_INPUT)
comp("from __future__ import annotations", "<f>", "exec")
print(bool(comp.flags & __import__("__future__").annotations.compiler_flag))
cc = codeop.CommandCompiler()
print(cc("if 1:") is None, cc("if 1:\n  pass\n") is not None, cc("") is not None,
      cc("  # only a comment") is not None)
try:
    cc("", "<e>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.filename)

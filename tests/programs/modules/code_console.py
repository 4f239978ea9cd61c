# code and codeop: compile_command's three answers (code, None for more input, SyntaxError),
# InteractiveInterpreter.runsource/runcode, InteractiveConsole.push and interact() with a
# scripted readfunc; errors and tracebacks go to stderr as the interactive interpreter's.
import code
import codeop
import sys

cases = ['if x:\n  pass\n', 'for i in y:\n  pass', 'x = 1', 'a b', "'abc", '1 +', '@dec',
         'def f():\n  return 1\n', 'try:\n  1\n', '', '# c', 'lambda: (', ')',
         'class A:\n  def f(self):', 'print("a",', 'for x in', '\\', 'if x:', 'if x: pass',
         'x = (1,\n 2)', 'x = [1,\n2', 'if 1:\n  x = 1\nelse:', '1 + 1', 'if True:\n    print(1)\n']
for s in cases:
    for sym in ("single", "exec"):
        try:
            r = codeop.compile_command(s, "<in>", sym)
            print(repr(s), sym, "more" if r is None else type(r).__name__)
        except SyntaxError as e:
            print(repr(s), sym, "SyntaxError", e.msg)
print(code.compile_command is codeop.compile_command)

interp = code.InteractiveInterpreter({"__name__": "demo"})
print(interp.runsource("y = 6 * 7"), interp.locals["y"])
print(interp.runsource("for i in range(2):"))
print(interp.runsource("for i in range(2):\n  print('loop', i)\n"))
print(interp.runsource("y"))
sys.stdout.flush()
print(interp.runsource("1/0"))
sys.stderr.flush()
print(interp.runsource("x = )"))
sys.stderr.flush()
print(sys.last_type.__name__, sys.last_value.filename if hasattr(sys.last_value, "filename") else None)

console = code.InteractiveConsole()
print(console.locals["__name__"], console.filename)
for line in ["def sq(n):", "    return n * n", "", "sq(9)", "z = [1,", "2]", "z", "undefined_name"]:
    more = console.push(line)
    print("push", repr(line), more, len(console.buffer))
    sys.stdout.flush()
    sys.stderr.flush()

lines = iter(["a = 5", "if a:", "    print('a is', a)", "", "a + 1", "raise ValueError('boom')"])


def reader(prompt):
    print("prompt", repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


code.interact(banner="banner here", readfunc=reader, local={"__name__": "__console__"},
              exitmsg="bye")
sys.stderr.flush()


class Quiet(code.InteractiveConsole):
    def write(self, data):
        print("WRITE", repr(data.splitlines()[-1]))


q = Quiet(filename="<quiet>")
q.push("1/0")
q.push("def (")
q.push("import nosuchmodule_xyz")

# cmd.Cmd: cmdloop over stdin and cmdqueue, hooks, help listing and topics, parseline, columnize.
import cmd, io, sys

class Shell(cmd.Cmd):
    intro = "Welcome to the test shell."
    prompt = "(test) "

    def do_greet(self, arg):
        "Greet someone: greet NAME"
        print("hello,", arg or "world", file=self.stdout)

    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()), file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)

    def help_topic(self):
        print("a help topic", file=self.stdout)

    def help_add(self):
        print("add numbers", file=self.stdout)

    def do_quit(self, arg):
        "Quit the shell."
        print("bye", file=self.stdout)
        return True

    do_EOF = do_quit

    def precmd(self, line):
        return line.replace("GREET", "greet")

    def postloop(self):
        print("postloop", file=self.stdout)

for name in ["alpha%d" % i for i in range(12)]:
    setattr(Shell, "do_" + name, lambda self, arg: None)

out = io.StringIO()
s = Shell(stdin=io.StringIO("greet Ann\nGREET\n\nadd 1 2 3\n!ls -l\n?greet\nhelp topic\nhelp nothing\nbogus cmd\n123\nhelp\n"), stdout=out)
s.use_rawinput = False
s.cmdloop()
print(out.getvalue())
out2 = io.StringIO()
s2 = Shell(stdout=out2)
s2.cmdqueue = ["greet Q", "quit"]
s2.cmdloop(intro="custom intro")
print(out2.getvalue())
print(s.parseline("  greet  x y "), s.parseline(""), s.parseline("!x"), cmd.Cmd().parseline("!x"))
print(s.completenames("gr"), sorted(s.complete_help("a"))[:3], s.lastcmd)
c = cmd.Cmd(stdout=io.StringIO())
c.columnize([]); c.columnize(["one"]); c.columnize(["w%d" % i * (i % 4 + 1) for i in range(30)], 40)
print(c.stdout.getvalue())
try:
    c.columnize(["a", 1, "b", 2])
except TypeError as e:
    print("TypeError", e)
c2 = cmd.Cmd(stdout=io.StringIO())
c2.onecmd("help"); c2.onecmd("help help"); c2.onecmd("frob")
print(repr(c2.stdout.getvalue()))

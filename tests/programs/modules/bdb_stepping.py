# bdb: a Bdb subclass driven by user_line/user_call/user_return/user_exception, stepping,
# next, return, until, continue, breakpoints (line, function, conditional, temporary).
import bdb, os, sys

HERE = os.path.basename(__file__)


def where(frame):
    return "%s:%d %s" % (os.path.basename(frame.f_code.co_filename), frame.f_lineno,
                         frame.f_code.co_name)


def square(n):
    result = n * n
    return result


def fails():
    raise KeyError("k")


def work(x):
    total = 0
    for i in range(x):
        total += square(i)
    try:
        fails()
    except KeyError:
        total += 1
    return total


class Recorder(bdb.Bdb):
    def __init__(self, plan, **kw):
        super().__init__(**kw)
        self.plan = list(plan)
        self.log = []

    def act(self, frame):
        step = self.plan.pop(0) if self.plan else "continue"
        if step == "step":
            self.set_step()
        elif step == "next":
            self.set_next(frame)
        elif step == "return":
            self.set_return(frame)
        elif step == "until":
            self.set_until(frame)
        elif step == "quit":
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        if self.stop_here(frame):
            self.log.append("call " + where(frame))
            self.act(frame)

    def user_line(self, frame):
        self.log.append("line " + where(frame))
        self.act(frame)

    def user_return(self, frame, value):
        self.log.append("return %s -> %r" % (where(frame), value))
        self.act(frame)

    def user_exception(self, frame, info):
        self.log.append("exception %s %s" % (where(frame), info[0].__name__))
        self.act(frame)

    def do_clear(self, arg):
        self.clear_bpbynumber(arg)


def show(title, dbg, result):
    print("==", title, "->", result)
    for entry in dbg.log:
        print("  ", entry)


d = Recorder(["step"] * 12 + ["continue"])
show("step x12 then continue", d, d.runcall(work, 2))

d = Recorder(["next"] * 20)
show("next", d, d.runcall(work, 3))

d = Recorder(["step", "step", "step", "step", "step", "return", "next", "next", "continue"])
show("step into square then return", d, d.runcall(work, 2))

d = Recorder(["next", "next", "until", "until", "until", "continue"])
show("until", d, d.runcall(work, 3))

d = Recorder(["continue"] * 10)
print(d.set_break(__file__, square.__code__.co_firstlineno + 1))
show("line breakpoint in square", d, d.runcall(work, 3))
print([str(b) .replace(__file__, HERE) for b in bdb.Breakpoint.bpbynumber if b])
print(d.get_file_breaks(__file__) == [square.__code__.co_firstlineno + 1])
print(d.clear_all_breaks(), d.clear_all_breaks())

d = Recorder(["continue"] * 10)
d.set_break(__file__, square.__code__.co_firstlineno + 1, cond="n == 2")
show("conditional breakpoint", d, d.runcall(work, 4))
bp = d.get_bpbynumber("2")
print(bp.hits, bp.cond, bp.bpformat().replace(__file__, HERE))
print(d.clear_bpbynumber("2"), d.clear_bpbynumber("2"), d.clear_bpbynumber("x"), d.clear_bpbynumber("99"))

d = Recorder(["continue"] * 10)
d.set_break(__file__, square.__code__.co_firstlineno + 1, temporary=True)
show("temporary breakpoint", d, d.runcall(work, 3))
print(d.get_all_breaks())

d = Recorder(["continue"] * 10)
d.set_break(__file__, work.__code__.co_firstlineno + 1, funcname="work")
show("function breakpoint", d, d.runcall(work, 1))
d.clear_all_breaks()

d = Recorder(["continue"] * 10)
d.set_break(__file__, square.__code__.co_firstlineno + 1)
d.get_bpbynumber("5").ignore = 2
show("ignore count", d, d.runcall(work, 4))
d.clear_all_breaks()

d = Recorder(["step", "step", "quit"])
show("quit", d, d.runcall(work, 2))

print(d.set_break(__file__, 10000).replace(__file__, HERE))
print(d.clear_break(__file__, 3).replace(__file__, HERE))

d = Recorder(["step"] * 4, skip=["os*"])
show("run a string", d, d.run("r = square(3)", {"square": square}))

d = Recorder(["continue"])
print(d.runeval("square(5)", {"square": square}))


def traced_here():
    d = Recorder(["next", "next", "continue"])
    d.set_trace()
    a = 1
    b = a + 1
    sys.settrace(None)
    return d, b


d, b = traced_here()
show("set_trace", d, b)
print(d.canonic("<string>"), d.canonic(__file__) == os.path.abspath(__file__))
try:
    bdb.Bdb().do_clear("1")
except NotImplementedError as e:
    print(e)

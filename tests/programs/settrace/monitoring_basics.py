# sys.monitoring (PEP 669) basics: claiming a tool id, registering callbacks, setting global
# events (PY_START, PY_RESUME, PY_RETURN, PY_YIELD, LINE, CALL, INSTRUCTION, JUMP, BRANCH,
# RAISE, PY_UNWIND), DISABLE for one location, restart_events, freeing the tool.
import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.COVERAGE_ID
print("ids", mon.DEBUGGER_ID, mon.COVERAGE_ID, mon.PROFILER_ID, mon.OPTIMIZER_ID)
print("events", E.PY_START, E.PY_RESUME, E.PY_RETURN, E.PY_YIELD, E.CALL, E.LINE,
      E.INSTRUCTION, E.JUMP, E.BRANCH, E.STOP_ITERATION, E.RAISE, E.EXCEPTION_HANDLED,
      E.PY_UNWIND, E.PY_THROW, E.RERAISE, E.C_RETURN, E.C_RAISE, E.NO_EVENTS)


def mine(code):
    return code.co_filename == __file__


def name_of(obj):
    return getattr(obj, "__qualname__", None) or type(obj).__name__


def on_start(code, offset):
    if mine(code):
        print("PY_START", code.co_qualname, offset)


def on_resume(code, offset):
    if mine(code):
        print("PY_RESUME", code.co_qualname, offset)


def on_return(code, offset, value):
    if mine(code):
        print("PY_RETURN", code.co_qualname, offset, repr(value))


def on_yield(code, offset, value):
    if mine(code):
        print("PY_YIELD", code.co_qualname, offset, repr(value))


def on_line(code, line):
    if mine(code):
        print("LINE", code.co_qualname, line)


def on_call(code, offset, callable, arg0):
    if mine(code):
        a0 = "MISSING" if arg0 is mon.MISSING else name_of(arg0)
        print("CALL", code.co_qualname, offset, name_of(callable), a0)


def on_raise(code, offset, exc):
    if mine(code):
        print("RAISE", code.co_qualname, offset, repr(exc))


def on_unwind(code, offset, exc):
    if mine(code):
        print("PY_UNWIND", code.co_qualname, offset, repr(exc))


def double(x):
    y = x * 2
    return y


def gen(n):
    for i in range(n):
        yield i


def fails():
    raise KeyError("m")


class Box:
    def get(self):
        return 1


def program():
    total = double(3)
    for v in gen(2):
        total += v
    try:
        fails()
    except KeyError:
        total += 100
    total += Box().get()
    return total


mon.use_tool_id(TOOL, "demo")
print("tool:", mon.get_tool(TOOL))
try:
    mon.use_tool_id(TOOL, "again")
except ValueError as e:
    print("ValueError:", e)
for ev, cb in [(E.PY_START, on_start), (E.PY_RESUME, on_resume), (E.PY_RETURN, on_return),
               (E.PY_YIELD, on_yield), (E.LINE, on_line), (E.CALL, on_call),
               (E.RAISE, on_raise), (E.PY_UNWIND, on_unwind)]:
    print("previous callback:", mon.register_callback(TOOL, ev, cb))
mon.set_events(TOOL, E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD | E.LINE | E.CALL
               | E.RAISE | E.PY_UNWIND)
print(program())
mon.set_events(TOOL, 0)
print("events now", mon.get_events(TOOL))

print("-- DISABLE after the first LINE event at each line")
counts = {}


def count_line(code, line):
    if mine(code):
        counts[line] = counts.get(line, 0) + 1
        return mon.DISABLE


mon.register_callback(TOOL, E.LINE, count_line)
mon.set_events(TOOL, E.LINE)
for _ in range(3):
    double(1)
print(sorted(counts.values()))
mon.restart_events()
double(1)
print(sorted(counts.values()))
mon.set_events(TOOL, 0)

print("-- INSTRUCTION")
def on_instruction(code, offset):
    if code is double.__code__:
        print("INSTRUCTION", offset)
mon.register_callback(TOOL, E.INSTRUCTION, on_instruction)
mon.set_events(TOOL, E.INSTRUCTION)
double(5)
mon.set_events(TOOL, 0)

print("-- JUMP and BRANCH")
def branchy(n):
    t = 0
    for i in range(n):
        if i % 2:
            t += i
        else:
            t -= 1
    while t < 2:
        t += 1
    return t if t else None
def on_jump(code, src, dst):
    if code is branchy.__code__:
        print("JUMP", src, "->", dst)
def on_branch(code, src, dst):
    if code is branchy.__code__:
        print("BRANCH", src, "->", dst)
mon.register_callback(TOOL, E.JUMP, on_jump)
mon.register_callback(TOOL, E.BRANCH, on_branch)
mon.set_events(TOOL, E.JUMP | E.BRANCH)
branchy(3)
mon.set_events(TOOL, 0)

print("-- RAISE, RERAISE, EXCEPTION_HANDLED, PY_UNWIND")
def inner_fail():
    try:
        raise KeyError(1)
    finally:
        pass
def handles():
    try:
        inner_fail()
    except KeyError:
        pass
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ZeroDivisionError:
        pass
def exc_cb(name):
    def cb(code, offset, exc):
        if mine(code):
            print(name, code.co_name, offset, repr(exc))
    return cb
for n in ["RAISE", "RERAISE", "EXCEPTION_HANDLED", "PY_UNWIND"]:
    mon.register_callback(TOOL, getattr(E, n), exc_cb(n))
mon.set_events(TOOL, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND)
handles()
mon.set_events(TOOL, 0)

print("-- CALL, C_RETURN, C_RAISE")
class Callable:
    def __call__(self, x):
        return x
def calls_things():
    items = []
    items.append(1)
    len(items)
    int("3")
    Callable()(4)
    try:
        int("x")
    except ValueError:
        pass
    sorted([2, 1], key=lambda v: v)
    return items
def call_cb(name):
    def cb(code, offset, callable, arg0):
        if mine(code) and code.co_name == "calls_things":
            a0 = "MISSING" if arg0 is mon.MISSING else name_of(arg0)
            print(name, offset, name_of(callable), a0)
    return cb
for n in ["CALL", "C_RETURN", "C_RAISE"]:
    mon.register_callback(TOOL, getattr(E, n), call_cb(n))
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
calls_things()
mon.set_events(TOOL, 0)

print("-- STOP_ITERATION (a delegate of yield from / await returned)")
import types
def sub():
    yield 1
    return "r"
def deleg():
    x = yield from sub()
    return x
@types.coroutine
def pause():
    yield
    return 5
async def co():
    return await pause()
def on_stop(code, offset, exc):
    if mine(code):
        print("STOP_ITERATION", code.co_name, offset, repr(exc))
mon.register_callback(TOOL, E.STOP_ITERATION, on_stop)
mon.set_events(TOOL, E.STOP_ITERATION)
print(list(deleg()))
c = co()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
mon.set_events(TOOL, 0)

print("-- set_local_events: LINE for one code object")
def local_line(code, line):
    print("local LINE", code.co_name, line)
mon.register_callback(TOOL, E.LINE, local_line)
mon.set_local_events(TOOL, double.__code__, E.LINE)
print(mon.get_local_events(TOOL, double.__code__), mon.get_local_events(TOOL, program.__code__))
program()
try:
    mon.set_local_events(TOOL, double.__code__, E.RAISE)
except ValueError:
    print("RAISE is not a local event")
mon.set_local_events(TOOL, double.__code__, 0)
double(1)

mon.free_tool_id(TOOL)
print("tool after free:", mon.get_tool(TOOL))
try:
    mon.set_events(TOOL, E.LINE)
except ValueError as e:
    print("ValueError:", e)
try:
    mon.use_tool_id(7, "x")
except ValueError as e:
    print("ValueError:", e)
print("done")

# sys.monitoring by hand: LINE/CALL/RAISE/PY_RESUME callbacks, DISABLE, local events, tool ids.
import sys
mon = sys.monitoring
E = mon.events
T = 2
mon.use_tool_id(T, "cov")
log = []
def on_line(code, line):
    if code.co_name == "work":
        log.append(("line", line))
        if line == 24:
            return mon.DISABLE
def on_call(code, off, callable, arg0):
    if code.co_name == "work":
        log.append(("call", getattr(callable, "__name__", "?"), arg0))
def on_raise(code, off, exc):
    log.append(("raise", code.co_name, repr(exc)))
def on_resume(code, off):
    log.append(("resume", code.co_name))
def on_stop(code, off, val):
    log.append(("stop", code.co_name, repr(val)))
mon.register_callback(T, E.LINE, on_line)
mon.register_callback(T, E.CALL, on_call)
mon.register_callback(T, E.RAISE, on_raise)
mon.register_callback(T, E.PY_RESUME, on_resume)
def work(n):
    total = 0
    for i in range(n):
        total += abs(-i)
    try:
        {}["k"]
    except KeyError:
        pass
    return total
def gen():
    yield 1
    yield 2
mon.set_events(T, E.LINE | E.CALL | E.RAISE | E.PY_RESUME)
work(2)
work(1)
list(gen())
mon.set_events(T, 0)
for x in log:
    print(x)
print(mon.get_events(T))
mon.set_local_events(T, work.__code__, E.LINE)
print(mon.get_local_events(T, work.__code__))
mon.restart_events()
try:
    mon.use_tool_id(T, "again")
except ValueError as e:
    print("ValueError", e)
mon.free_tool_id(T)
try:
    mon.set_events(9, 0)
except ValueError as e:
    print("ValueError", e)
print(mon.MISSING, mon.DISABLE)

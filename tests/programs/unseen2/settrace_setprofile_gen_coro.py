import sys

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("tracer", "<module>") :
        return tracer
    a = arg
    if event == "exception":
        a = (arg[0].__name__, str(arg[1]))
    elif event == "return" and isinstance(arg, (int, str, type(None))):
        a = arg
    elif event == "return":
        a = type(arg).__name__
    events.append((event, name, frame.f_lineno - frame.f_code.co_firstlineno, a))
    return tracer

def gen():
    x = yield 1
    try:
        yield x
    except KeyError:
        yield "k"
    return 5

def thrower():
    raise ValueError("bad")

def catcher():
    try:
        thrower()
    except ValueError:
        pass
    return "ok"

async def coro():
    return 7

def driver():
    g = gen()
    next(g)
    g.send(3)
    g.throw(KeyError)
    try:
        next(g)
    except StopIteration as e:
        pass
    catcher()
    c = coro()
    try:
        c.send(None)
    except StopIteration:
        pass
    for i in (j for j in range(2)):
        pass

sys.settrace(tracer)
driver()
sys.settrace(None)
for e in events:
    print(e)

pevents = []
def prof(frame, event, arg):
    if event.startswith("c_"):
        pevents.append((event, getattr(arg, "__name__", "?")))
    else:
        pevents.append((event, frame.f_code.co_name))
sys.setprofile(prof)
driver()
len([1, 2])
sys.setprofile(None)
for e in pevents:
    print(e)

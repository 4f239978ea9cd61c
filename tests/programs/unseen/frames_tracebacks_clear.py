import sys
import traceback
import inspect
import dis

def show_frame(f):
    ins = [i for i in dis.get_instructions(f.f_code) if i.offset == f.f_lasti]
    return f"{f.f_code.co_qualname} line={f.f_lineno} lasti={f.f_lasti} op={ins[0].opname if ins else None}"

def gen():
    me = sys._getframe()
    yield show_frame(me)
    yield show_frame(me.f_back)
    yield me.f_back is None

g = gen()
print(next(g))
print(next(g))
print(show_frame(g.gi_frame))
print(next(g))
print(g.gi_frame.f_back)

async def co():
    return show_frame(sys._getframe())
c = co()
print(show_frame(c.cr_frame))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

def level3():
    raise LookupError("deep")
def level2():
    return level3() + 1
def level1():
    try:
        level2()
    except LookupError as e:
        tb = e.__traceback__
        while tb:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti)
            tb = tb.tb_next
        summary = traceback.extract_tb(e.__traceback__)
        for fs in summary:
            print(fs.name, fs.lineno, fs.line, fs.colno, fs.end_colno)
        print(traceback.format_exception_only(type(e), e))
level1()
def stack_names():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]
def wrapper():
    return stack_names()
print(wrapper())
print([fs.name for fs in traceback.extract_stack()][-1:])
for line in traceback.format_stack(limit=1):
    print(line.rstrip())
def positions():
    x = (1 +
         2)
    return x
for p in positions.__code__.co_positions():
    print(p)
print(list(positions.__code__.co_lines()))
def f_clear():
    def g2():
        yield 1
    gg = g2()
    next(gg)
    try:
        gg.gi_frame.clear()
    except RuntimeError as e:
        print("clear:", e)
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print("clear:", e)
f_clear()
def outer_local():
    secret = 42
    return inner_peek()
def inner_peek():
    return sys._getframe(1).f_locals["secret"], inspect.currentframe().f_back.f_code.co_name
print(outer_local())
fi = inspect.getframeinfo(sys._getframe())
print(fi.filename.endswith("p22_frames_deep.py"), fi.lineno, fi.function, fi.positions)
print(inspect.getouterframes(sys._getframe())[0].function)
class Meta:
    def __init__(self):
        self.created_in = sys._getframe(1).f_code.co_name
def factory():
    return Meta()
print(factory().created_in)
print(sys._getframe().f_code.co_filename == __file__, sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)

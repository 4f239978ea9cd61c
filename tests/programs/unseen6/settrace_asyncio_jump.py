import sys, asyncio
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name in ("tracer",):
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    if frame.f_code.co_name == "noline":
        frame.f_trace_lines = False
    return tracer

async def sub(x):
    await asyncio.sleep(0)
    return x + 1

async def top():
    a = await sub(1)
    b = await sub(a)
    return b

def noline():
    x = 1
    y = 2
    return x + y

sys.settrace(tracer)
loop = asyncio.new_event_loop()
r = loop.run_until_complete(top())
noline()
sys.settrace(None)
loop.close()
print(r)
for e in events:
    print(e)

def jumper(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "target" and frame.f_lineno == 48:
        frame.f_lineno = 50
    return jumper
def target():
    out = []
    out.append(1)
    out.append(2)
    out.append(3)
    return out
sys.settrace(jumper)
print(target())
sys.settrace(None)

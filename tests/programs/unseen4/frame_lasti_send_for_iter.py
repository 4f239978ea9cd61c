import sys, dis, asyncio
def where(depth=2):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lasti, dis.opname[f.f_code.co_code[f.f_lasti]]
def inner():
    for i in range(3):
        yield where()
def outer():
    yield from inner()
print("yield from:", list(outer()))
def drive():
    g = outer()
    return [g.send(None) for _ in range(3)]
print("send:", drive())
def via_next():
    g = inner()
    return [next(g) for _ in range(3)]
print("next:", via_next())
def forloop():
    return [v for v in inner()]
print("for:", forloop())
def two_loops():
    res = []
    for k in range(3):
        for v in inner():
            res.append(v)
            break
    return res
print("two loops:", two_loops())
async def leaf():
    await asyncio.sleep(0)
    return where()
async def mid():
    first = where(1)
    second = await leaf()
    return first, second
async def main():
    print("await:", await mid())
    r = []
    for _ in range(2):
        r.append(await leaf())
    print("await again:", r)
asyncio.run(main())
def tracer(frame, event, arg):
    return None
def traced():
    return [v for v in inner()]
sys.settrace(tracer)
print("traced for:", traced())
sys.settrace(None)

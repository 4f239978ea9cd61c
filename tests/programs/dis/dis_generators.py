import dis
def gen(n):
    for i in range(n):
        x = yield i
        print(x)
    return "done"
def delegate():
    r = yield from gen(3)
    return r
async def coro(aw):
    v = await aw
    async with aw as c:
        pass
    async for x in aw:
        print(x)
    return v
dis.dis(gen)
dis.dis(delegate)
dis.dis(coro)

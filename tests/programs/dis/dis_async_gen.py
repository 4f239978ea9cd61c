import dis
async def agen(n):
    for i in range(n):
        yield i
        await something()
async def consumer(a):
    return [x async for x in a], {x: 1 async for x in a}
dis.dis(agen)
dis.dis(consumer)

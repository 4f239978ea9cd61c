import asyncio, types, dis, opcode

def coroutine3():
    print("coroutine3 first entry point")
    yield from asyncio.sleep(0)
    print("coroutine3 second entry point")

g = coroutine3()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)

@types.coroutine
def coroutine4():
    print("coroutine4 first entry point")
    yield from asyncio.sleep(0)
    print("coroutine4 second entry point")
    return 4

async def main():
    print(await coroutine4())
    t = asyncio.ensure_future(coroutine4())
    print(await t)
    try:
        asyncio.create_task(coroutine3())
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(coroutine3())
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())

def generator():
    recv = yield 1
    return recv
gen = generator()
print(gen.send(None))
lasti = gen.gi_frame.f_lasti
print(f">> f_lasti: {lasti}")
op = gen.gi_code.co_code[lasti]
print(f">> op: {op}, opname: {opcode.opname[op]}")
try:
    gen.send("bye")
except StopIteration as e:
    print("returned", e.value)
loop = asyncio.new_event_loop()
async def c1():
    print("c1 a"); await asyncio.sleep(0.01); print("c1 b")
async def c2():
    print("c2 a"); await asyncio.sleep(0.02); print("c2 b"); loop.stop()
loop.create_task(c1()); loop.create_task(c2())
loop.run_forever()
loop.close()

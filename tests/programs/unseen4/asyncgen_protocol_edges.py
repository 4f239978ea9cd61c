import asyncio, sys
async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("ticker got", got)
            await asyncio.sleep(0)
    except GeneratorExit:
        print("ticker GeneratorExit")
        raise
    finally:
        print("ticker finally")
async def main():
    t = ticker(5)
    print(t.ag_running, t.ag_frame.f_code.co_name, t.ag_await)
    print(await t.__anext__())
    print(await t.asend("hello"))
    a = t.__anext__()
    b = t.__anext__()
    print(await a)
    try:
        await b
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await t.athrow(ValueError) if False else "skip")
    try:
        await t.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated", e)
    print(t.ag_frame)
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    t2 = ticker(3)
    await t2.__anext__()
    await t2.aclose()
    await t2.aclose()
    print("double aclose ok")
    async def swallow():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = swallow()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    async def returns_in_finally():
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("awaited inside finally during aclose")
    r = returns_in_finally()
    await r.__anext__()
    await r.aclose()
    results = [x async for x in ticker(3)]
    print(results)
    gen_exp = (x * 2 async for x in ticker(2))
    print(type(gen_exp).__name__, [y async for y in gen_exp])
    t3 = ticker(3)
    aw = t3.asend(None)
    print(type(aw).__name__)
    try:
        aw.send(1)
    except TypeError as e:
        print("TypeError", e)
    except StopIteration as e:
        print("StopIteration", e.value)
    aw.close()
    try:
        t3.athrow(ValueError, ValueError("x"), None).send(None)
    except ValueError as e:
        print("ValueError", e)
    print(sys.get_asyncgen_hooks().firstiter is not None)
asyncio.run(main())
async def anext_args():
    async def one():
        yield "only"
    a = one()
    print(await anext(a), await anext(a, "default"))
    for args in [(a, 1, 2), ()]:
        try:
            anext(*args)
        except TypeError as e:
            print("TypeError", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError", e)
asyncio.run(anext_args())

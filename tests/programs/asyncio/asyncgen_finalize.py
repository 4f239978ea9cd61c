import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finalized")

async def main():
    async for x in ticker("full", 2):
        print("full", x)
    agen = ticker("partial", 10)
    print(await agen.__anext__())
    print(await agen.__anext__())
    await agen.aclose()
    dropped = ticker("dropped", 10)
    print(await dropped.__anext__())
    del dropped
    await asyncio.sleep(0)
    print("after drop")
    agen2 = ticker("left open", 10)
    print(await agen2.__anext__())
    print("main returns")
    return "result"

print(asyncio.run(main()))
print("after run")

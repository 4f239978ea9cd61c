import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ValueError("from inner task")

async def main():
    t = asyncio.create_task(inner())
    await t

asyncio.run(main())

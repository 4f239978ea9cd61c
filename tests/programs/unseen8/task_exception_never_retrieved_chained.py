import asyncio

async def flaky(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise RuntimeError(f"job {n} broke")
    return n

async def nested_fail():
    try:
        await flaky(1)
    except RuntimeError as e:
        raise ValueError("wrapped") from e

async def main():
    tasks = [asyncio.create_task(flaky(i), name=f"job-{i}") for i in range(4)]
    asyncio.create_task(nested_fail(), name="nested")
    await asyncio.sleep(0.05)
    print([t.done() for t in tasks])
    print(tasks[0].result(), tasks[2].result())
    # only job-1 and job-3 have unretrieved exceptions; retrieve job-3
    print(repr(tasks[3].exception()))
    del tasks
    print("main done")

asyncio.run(main())
print("after run")
